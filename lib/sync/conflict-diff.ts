/**
 * What differs between the local version of a record and the server's, field by field, in words
 * a person can weigh before choosing (a conflict is shown with both versions where it is edited).
 */
import type { ContentItem, Relationship, TeamConflict } from '../model';

export type Difference = { field: string; mine: string; theirs: string };

const RELATIONSHIP_FIELDS: Array<[string, (rel: Relationship) => unknown]> = [
  ['Name', (rel) => rel.person?.name],
  ['Company', (rel) => rel.company?.name],
  ['LinkedIn', (rel) => rel.person?.profileUrl ?? rel.company?.linkedinUrl],
  ['How you know them', (rel) => rel.relation],
  ['How well', (rel) => rel.strength],
  ['How we know them', (rel) => rel.howWeKnow],
  ['Will introduce', (rel) => (rel.canIntro ? 'yes' : 'no')],
  ['Notes', (rel) => rel.notes],
  ['Qualification', (rel) => (rel.qualification ? JSON.stringify(rel.qualification) : undefined)],
];

const CONTENT_FIELDS: Array<[string, (item: ContentItem) => unknown]> = [
  ['Title', (item) => item.title],
  ['Kind', (item) => item.kind],
  ['Status', (item) => item.status],
  ['Text', (item) => item.body],
  ['Link', (item) => item.url],
  ['From', (item) => item.validFrom],
  ['Until', (item) => item.expiresAt],
  ['Audience', (item) => (item.audience ? JSON.stringify(item.audience) : undefined)],
  ['Tags', (item) => item.tags?.join(', ')],
  ['Note for sales', (item) => item.salesNote],
];

const shown = (value: unknown) => (value === undefined || value === null || value === '' ? '(none)' : String(value));

function compare<T>(fields: Array<[string, (record: T) => unknown]>, mine: T | undefined, theirs: T | undefined): Difference[] {
  return fields
    .map(([field, read]) => ({ field, mine: mine ? shown(read(mine)) : '(deleted)', theirs: theirs ? shown(read(theirs)) : '(deleted)' }))
    .filter((difference) => difference.mine !== difference.theirs);
}

/** The fields that differ; `mine` is the record as stored here (undefined when deleted here). */
export function conflictDifferences(conflict: TeamConflict, mine: Relationship | ContentItem | undefined): Difference[] {
  const theirs = conflict.theirs?.record;
  if (conflict.kind === 'relationship') return compare(RELATIONSHIP_FIELDS, mine as Relationship | undefined, theirs as Relationship | undefined);
  if (conflict.kind === 'content') return compare(CONTENT_FIELDS, mine as ContentItem | undefined, theirs as ContentItem | undefined);
  return [];
}

/** Who changed it on the server and when, as far as the server says. */
export function theirsLabel(conflict: TeamConflict): string {
  const theirs = conflict.theirs;
  if (!theirs) return 'Deleted on the server';
  const at = theirs.kind === 'relationship' || theirs.kind === 'content' ? theirs.meta.serverUpdatedAt : undefined;
  return at ? `The server's version, saved ${at.slice(0, 16).replace('T', ' ')} UTC` : "The server's version";
}
