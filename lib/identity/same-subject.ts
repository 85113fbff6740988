/**
 * The one rule for "is this the same person (or company)?" (docs/PACK-FORMAT.md, "Matching a
 * profile"). Warm intros ask it of a relationship and the profile a rep opened; the popup asks it
 * of a new flag and the user's existing flags. Each caller decides how sure it needs to be.
 */
import type { LookupKeys } from '../model';

/** A person, or a company ("we know people there"), by its lookup keys. */
export type Subject = { scope: 'person' | 'company'; keys: LookupKeys };

/**
 * - `same-page`: both name the same LinkedIn page (a person's profile, a company's page).
 * - `same-name`: no page tells them apart (one or both lack it) and the normalised names agree:
 *   a person's name and current company, both known; a company's name.
 * - `namesake`: the names agree but the pages differ: someone else of that name, or a page whose
 *   address changed.
 */
export type SubjectMatch = 'same-page' | 'same-name' | 'namesake';

const agree = (a: string | undefined, b: string | undefined) => !!a && a === b;

/** How two subjects of the same scope compare; null when nothing ties them together. */
export function compareSubjects(a: Subject, b: Subject): SubjectMatch | null {
  if (a.scope !== b.scope) return null;
  const person = a.scope === 'person';
  const pageA = person ? a.keys.personSlug : a.keys.companySlug;
  const pageB = person ? b.keys.personSlug : b.keys.companySlug;
  if (agree(pageA, pageB)) return 'same-page';
  const namesAgree = person
    ? agree(a.keys.personNameKey, b.keys.personNameKey) && agree(a.keys.companyKey, b.keys.companyKey)
    : agree(a.keys.companyKey, b.keys.companyKey);
  if (!namesAgree) return null;
  return pageA && pageB ? 'namesake' : 'same-name';
}
