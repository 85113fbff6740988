/** Is this person (or company) already flagged by the user? Then edit that flag, not a second. */
import { relationshipKeys, relationshipsForProfile, type ProfileLookup } from '../db';
import type { Relationship, StoredRelationship } from '../model';
import { canonicalUrl } from '../linkedin/urls';
import { linkedinPageOf, type FlagForm } from './form';
import { isMine } from './mine';

/**
 * The user's flag for the same person: same profile slug, else (when either lacks a slug) the
 * same normalised name and company. For a company flag: same company page slug, else the same
 * normalised company name. `exceptId` is the flag being edited.
 */
export function sameSubject(a: Relationship, b: StoredRelationship): boolean {
  if (a.scope !== b.scope) return false;
  const ka = relationshipKeys(a);
  const kb = b.keys ?? relationshipKeys(b);
  if (a.scope === 'person') {
    if (ka.personSlug && kb.personSlug) return ka.personSlug === kb.personSlug;
    return !!ka.personNameKey && ka.personNameKey === kb.personNameKey && (ka.companyKey ?? '') === (kb.companyKey ?? '');
  }
  if (ka.companySlug && kb.companySlug) return ka.companySlug === kb.companySlug;
  return !!ka.companyKey && ka.companyKey === kb.companyKey;
}

/** The lookup keys that can find a flag for the same subject. */
export function lookupFor(rel: Relationship): ProfileLookup {
  const keys = relationshipKeys(rel);
  if (rel.scope === 'person') return { personSlug: keys.personSlug, personNameKey: keys.personNameKey };
  return { companySlug: keys.companySlug, companyKey: keys.companyKey };
}

export async function findExistingFlag(
  rel: Relationship,
  userName: string,
  exceptId?: string,
): Promise<StoredRelationship | undefined> {
  const candidates = await relationshipsForProfile(lookupFor(rel));
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
