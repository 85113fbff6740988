/** The words the popup shows for relation and strength, so nobody has to guess what "3" means. */
import type { Relation } from '../model';

export const RELATION_LABELS: Record<Relation, string> = {
  'former-colleague': 'Former colleague',
  customer: 'Customer',
  partner: 'Partner',
  friend: 'Friend',
  alumni: 'Fellow alum',
  community: 'Community (events, groups)',
  family: 'Family',
  other: 'Other',
};

/** Index = strength; 0 is unused. */
export const STRENGTH_LABELS = [
  '',
  'Barely know them',
  'Acquaintance: we have talked',
  'Know them well',
  'Close: they return my calls',
  'Would pick up the phone today',
] as const;
