/**
 * The keys a person or company is looked up by (docs/PACK-FORMAT.md, "Matching a profile"): one
 * type, `LookupKeys`, for a stored relationship's index keys, a profile's lookup and a flag's
 * duplicate check. A key with no value is left out, so IndexedDB skips the record in that index.
 */
import type { LookupKeys, ProfileSnapshot, Relationship } from '../model';
import { normalizeCompany, normalizeName } from './normalize';
import { companySlugOf, normalizeSlug, personSlugOf } from './urls';

export type { LookupKeys } from '../model';

type MaybeKeys = Record<keyof LookupKeys, string | undefined>;

function withValues({ personSlug, personNameKey, companyKey, companySlug }: MaybeKeys): LookupKeys {
  return {
    ...(personSlug ? { personSlug } : {}),
    ...(personNameKey ? { personNameKey } : {}),
    ...(companyKey ? { companyKey } : {}),
    ...(companySlug ? { companySlug } : {}),
  };
}

/** The keys a relationship is stored under, derived from its own fields. */
export function relationshipKeys(rel: Relationship): LookupKeys {
  return withValues({
    personSlug: personSlugOf(rel.person?.profileUrl),
    personNameKey: normalizeName(rel.person?.name),
    companyKey: normalizeCompany(rel.company?.name),
    companySlug: companySlugOf(rel.company?.linkedinUrl),
  });
}

/** The company a profile stands for: its current company, or the company page itself. */
function companyNameOf(profile: ProfileSnapshot): string | undefined {
  return profile.kind === 'company' ? (profile.fullName ?? profile.company) : profile.company;
}

/**
 * The keys to look a profile up by: on a person's page the person and their current company, on
 * a company page the company.
 */
export function profileKeys(profile: ProfileSnapshot): LookupKeys {
  const person = profile.kind === 'person';
  const companySlug = person ? profile.companySlug : profile.slug;
  return withValues({
    personSlug: person ? normalizeSlug(profile.slug) : undefined,
    personNameKey: person ? normalizeName(profile.fullName) : undefined,
    companyKey: normalizeCompany(companyNameOf(profile)),
    companySlug: companySlug ? normalizeSlug(companySlug) : undefined,
  });
}

/** The keys that find other records about the same subject as `rel` (see same-subject.ts). */
export function subjectLookup(rel: Relationship): LookupKeys {
  const { personSlug, personNameKey, companyKey, companySlug } = relationshipKeys(rel);
  // A person is found by page or name; their company would find everyone there (it is checked after).
  if (rel.scope === 'person') return withValues({ personSlug, personNameKey, companyKey: undefined, companySlug: undefined });
  return withValues({ personSlug: undefined, personNameKey: undefined, companyKey, companySlug });
}
