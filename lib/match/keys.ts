/** The lookup keys a relationship is indexed by, derived from its fields (PACK-FORMAT.md, matching). */
import { companySlugOf, personSlugOf } from '../linkedin/urls';
import type { Relationship, RelationshipKeys } from '../model';
import { normalizeCompany, normalizeName } from './normalize';

/** Keys with no value are left out, so IndexedDB simply skips the record in that index. */
export function relationshipKeys(rel: Relationship): RelationshipKeys {
  const keys: RelationshipKeys = {};
  const personSlug = personSlugOf(rel.person?.profileUrl);
  const personNameKey = normalizeName(rel.person?.name);
  const companyKey = normalizeCompany(rel.company?.name);
  const companySlug = companySlugOf(rel.company?.linkedinUrl);
  if (personSlug) keys.personSlug = personSlug;
  if (personNameKey) keys.personNameKey = personNameKey;
  if (companyKey) keys.companyKey = companyKey;
  if (companySlug) keys.companySlug = companySlug;
  return keys;
}
