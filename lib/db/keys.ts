import { companySlugOf, personSlugOf } from '../linkedin/urls';
import { normalizeCompany, normalizeName } from '../match/normalize';
import type { Relationship, RelationshipKeys } from '../model';

/**
 * The lookup keys stored beside a relationship, one per index. Derived from whatever the record
 * holds, whatever its scope (matching decides what a hit means). A key that comes out empty is
 * left off, so the record is not indexed under "".
 */
export function relationshipKeys(rel: Relationship): RelationshipKeys {
  const candidates: RelationshipKeys = {
    personSlug: personSlugOf(rel.person?.profileUrl),
    personNameKey: normalizeName(rel.person?.name),
    companyKey: normalizeCompany(rel.company?.name),
    companySlug: companySlugOf(rel.company?.linkedinUrl),
  };
  const keys: RelationshipKeys = {};
  for (const [field, value] of Object.entries(candidates) as Array<[keyof RelationshipKeys, string | undefined]>) {
    if (value) keys[field] = value;
  }
  return keys;
}
