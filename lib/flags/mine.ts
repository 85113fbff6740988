/** The user's own flags, and finding one by name or company. */
import { normalizeCompany, normalizeName } from '../identity/normalize';
import type { StoredRelationship } from '../model';

/** Made here, or held by the user (a pack may carry the user's own flags back); a team flag when the server says it is theirs. */
export function isMine(rel: StoredRelationship, userName: string): boolean {
  if (rel.meta.origin.kind === 'local') return true;
  if (rel.meta.origin.kind === 'team') return rel.meta.team?.mine === true;
  const me = normalizeName(userName);
  return me !== '' && normalizeName(rel.knownBy.name) === me;
}

/** What a flag is called in a list: the person, else the company. */
export function flagTitle(rel: StoredRelationship): string {
  return rel.person?.name ?? rel.company?.name ?? rel.id;
}

/**
 * The user's flags whose name or company contains every word of the query (case, accents and
 * company suffixes folded), most recently updated first.
 */
export function searchFlags(all: StoredRelationship[], userName: string, query: string): StoredRelationship[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  return all
    .filter((rel) => isMine(rel, userName))
    .filter((rel) => {
      if (words.length === 0) return true;
      const haystack = `${normalizeName(rel.person?.name)} ${normalizeCompany(rel.company?.name)} ${normalizeName(rel.company?.name)}`;
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || flagTitle(a).localeCompare(flagTitle(b)));
}
