/**
 * The words every view uses for the vocabulary of library items and relationships, so the popup
 * and the panel describe the same flag the same way.
 */
import type { ContentItem, Relation, Seniority } from '../lib/model';

export const KIND_WORDS: Record<ContentItem['kind'], string> = {
  message: 'Message',
  post: 'Post',
  'talking-point': 'Talking point',
  objection: 'Objection answer',
  faq: 'FAQ',
};

export const RELATION_WORDS: Record<Relation, string> = {
  'former-colleague': 'Former colleague',
  customer: 'Customer',
  partner: 'Partner',
  friend: 'Friend',
  alumni: 'Fellow alum',
  community: 'Community (events, groups)',
  family: 'Family',
  other: 'Other',
};

/** Index = strength 1–5; 0 is unused. So nobody has to guess what "3" means. */
export const STRENGTH_WORDS = [
  '',
  'Barely know them',
  'Acquaintance: we have talked',
  'Know them well',
  'Close: they return my calls',
  'Would pick up the phone today',
] as const;

export const SENIORITY_WORDS: Record<Seniority, string> = {
  entry: 'Entry level',
  senior: 'Senior',
  manager: 'Manager',
  director: 'Director',
  vp: 'VP',
  cxo: 'C-level',
  owner: 'Owner / founder',
};
