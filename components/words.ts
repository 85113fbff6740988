/**
 * The words every view uses for the vocabulary of library items and relationships, so the popup
 * and the panel describe the same flag the same way.
 */
import type { ContentItem, IntroState, Relation, Relationship, Seniority, Token } from '../lib/model';
import type { ObjectionTag } from '../lib/model/vocabulary';

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

/** What an objection was about, as the rep picks it and marketing reads it. */
export const OBJECTION_WORDS: Record<ObjectionTag, string> = {
  price: 'Price',
  timing: 'Timing',
  competitor: 'A competitor',
  authority: 'Not their decision',
  need: 'No need',
  other: 'Something else',
};

/** What each token asks the rep for, where the panel lets them fill a gap. */
export const TOKEN_WORDS: Record<Token, string> = {
  firstName: 'Their first name',
  lastName: 'Their last name',
  fullName: 'Their full name',
  company: 'Their company',
  title: 'Their job title',
  senderName: 'Your name',
  senderFirstName: 'Your first name',
};

/** A token name as words; an unknown one (the import refuses those) as itself. */
export function tokenWords(token: string): string {
  return (TOKEN_WORDS as Record<string, string>)[token] ?? token;
}

export function firstName(name: string | undefined): string | undefined {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : undefined;
}

/** How a holder knows a person, as a plain sentence: "Priya worked with Jane." */
const KNOWS_PERSON: Record<Relation, (holder: string, prospect: string) => string> = {
  'former-colleague': (h, p) => `${h} worked with ${p}.`,
  customer: (h, p) => `${h} knows ${p} as a customer.`,
  partner: (h, p) => `${h} knows ${p} as a partner.`,
  friend: (h, p) => `${h} and ${p} are friends.`,
  alumni: (h, p) => `${h} and ${p} are fellow alumni.`,
  community: (h, p) => `${h} knows ${p} from events and groups.`,
  family: (h, p) => `${h} and ${p} are family.`,
  other: (h, p) => `${h} knows ${p}.`,
};

/** The company's tie to us, after "knows people at Northwind Traders". */
const AT_COMPANY: Record<Relation, string> = {
  'former-colleague': ', where they used to work together',
  customer: ', a customer',
  partner: ', a partner',
  friend: ', as friends',
  alumni: ', fellow alumni',
  community: ', from events and groups',
  family: ', as family',
  other: '',
};

/**
 * The relationship as one plain sentence, naming the prospect once by first name:
 * "Priya worked with Jane.", "Ana knows people at Northwind Traders, a customer."
 */
export function introSentence(rel: Pick<Relationship, 'scope' | 'relation' | 'knownBy' | 'person' | 'company'>, prospectName: string | undefined): string {
  const holder = firstName(rel.knownBy.name) ?? rel.knownBy.name;
  if (rel.scope === 'company') return `${holder} knows people at ${rel.company?.name ?? 'their company'}${AT_COMPANY[rel.relation]}.`;
  return KNOWS_PERSON[rel.relation](holder, firstName(prospectName) ?? firstName(rel.person?.name) ?? 'them');
}

/** "Priya's flag · shared with Field Sales", "Your private flag": whose a team flag is, and who sees it. */
export function whoseFlag(from: { owner: string; mine: boolean; sharedWith: readonly string[] }): string {
  const owner = from.mine ? 'Your' : `${firstName(from.owner) ?? from.owner}’s`;
  if (from.sharedWith.length === 0) return from.mine ? 'Your private flag' : `${owner} flag`;
  return `${owner} flag · shared with ${listWords(from.sharedWith)}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * An intro request's state as the rep reads it on the intro and in their list: who has it, and
 * the colleague's words with an answer.
 */
export function introStatusWords(request: { state: IntroState; holder: string; note?: string | undefined }): string {
  const who = firstName(request.holder) ?? request.holder;
  const words = request.note ? `: “${request.note}”` : '.';
  switch (request.state) {
    case 'sent':
      return `Intro requested from ${who}: waiting for an answer.`;
    case 'asked-first':
      return `${who} is asking them first${words}`;
    case 'introduced':
      return `${who} introduced you${words}`;
    case 'declined':
      return `${who} declined${words}`;
    case 'closed':
      return 'No longer available: the flag was made private or removed.';
  }
}
