/** Is this person (or company) already flagged by the user? Then edit that flag, not a second. */
import { relationshipsByKeys } from '../db';
import { relationshipKeys, subjectLookup } from '../identity/keys';
import { compareSubjects } from '../identity/same-subject';
import { canonicalUrl, linkedinPageOf } from '../identity/urls';
import type { Relationship, StoredRelationship } from '../model';
import type { FlagForm } from './form';
import { isMine } from './mine';

/**
 * Whether two flags are about the same subject: the same LinkedIn page, or, where a page is
 * missing, the same name (lib/identity/same-subject.ts). A namesake at another page is not.
 */
function sameSubject(a: Relationship, b: Relationship): boolean {
  const found = compareSubjects({ scope: a.scope, keys: relationshipKeys(a) }, { scope: b.scope, keys: relationshipKeys(b) });
  return found === 'same-page' || found === 'same-name';
}

/** The user's flag about the same subject as `rel`; `exceptId` is the flag being edited. */
export async function findExistingFlag(
  rel: Relationship,
  userName: string,
  exceptId?: string,
): Promise<StoredRelationship | undefined> {
  const candidates = await relationshipsByKeys(subjectLookup(rel));
  return candidates.find((c) => c.id !== exceptId && isMine(c, userName) && sameSubject(rel, c));
}

/** The user's flag for the subject the form names (scope, name, company, URL), if any. */
export function findFlagForForm(
  form: Pick<FlagForm, 'scope' | 'name' | 'company' | 'url' | 'companyUrl'>,
  userName: string,
  exceptId?: string,
): Promise<StoredRelationship | undefined> {
  const url = linkedinPageOf(form.url);
  const companyUrl = linkedinPageOf(form.companyUrl);
  const name = form.name.trim();
  const company = form.company.trim();
  // Only the subject matters for the lookup; the rest is filler that is never stored.
  const probe: Relationship = {
    id: exceptId ?? 'probe',
    scope: form.scope,
    relation: 'other',
    strength: 1,
    knownBy: { name: userName || '?' },
    canIntro: false,
    createdAt: '1970-01-01T00:00:00Z',
    updatedAt: '1970-01-01T00:00:00Z',
  };
  if (name) probe.person = { name, ...(url?.kind === 'person' ? { profileUrl: canonicalUrl(url) } : {}) };
  const companyPage = form.scope === 'company' ? url : companyUrl;
  if (company) probe.company = { name: company, ...(companyPage?.kind === 'company' ? { linkedinUrl: canonicalUrl(companyPage) } : {}) };
  if (form.scope === 'person' && !probe.person) return Promise.resolve(undefined);
  if (form.scope === 'company' && !probe.company) return Promise.resolve(undefined);
  return findExistingFlag(probe, userName, exceptId);
}
