/**
 * Ids for CSV rows that bring none. They used to be a hash of four names, which anyone who knew
 * the names could compute and reuse in a pack of their own. Now such a row takes the id of the
 * record of the same identity (csvIdentity: scope, person, company, holder) that this import's own
 * origin already holds, so re-importing a sheet updates its records; otherwise a random id nobody
 * can guess in advance. Records of other origins are never matched: they can neither be aimed at
 * nor claimed by a spreadsheet.
 */
import { sameOrigin, type Origin, type Relationship, type StoredRelationship } from '../model';
import { csvIdentity, type UnkeyedRow } from './csv';
import type { ImportIssue } from './issues';

export function randomCsvId(): string {
  return `csv-${crypto.randomUUID()}`;
}

/** The identity of a stored relationship, as csvIdentity reads it off a row. */
function identityOfStored(rel: StoredRelationship): string {
  return csvIdentity({ scope: rel.scope, personName: rel.person?.name, companyName: rel.company?.name, knownByName: rel.knownBy.name });
}

/**
 * The relationships with every unkeyed row given its id, or the rows that would land on a record
 * another row of the same file already names by id.
 */
export function assignCsvIds(
  relationships: readonly Relationship[],
  unkeyed: readonly UnkeyedRow[],
  stored: ReadonlyMap<string, StoredRelationship>,
  origin: Origin,
  newId: () => string = randomCsvId,
): { ok: true; relationships: Relationship[] } | { ok: false; errors: ImportIssue[] } {
  if (unkeyed.length === 0) return { ok: true, relationships: [...relationships] };
  const ours = new Map<string, string>();
  for (const rel of stored.values()) {
    if (sameOrigin(rel.meta.origin, origin)) ours.set(identityOfStored(rel), rel.id);
  }
  const pending = new Set(unkeyed.map((row) => row.index));
  const named = new Set(relationships.filter((_, index) => !pending.has(index)).map((rel) => rel.id));
  const result = [...relationships];
  const errors: ImportIssue[] = [];
  for (const row of unkeyed) {
    const match = ours.get(row.identity);
    if (match !== undefined && named.has(match)) {
      errors.push({ where: `row ${row.row}`, field: 'id', message: `this row describes the relationship another row names by its id "${match}"; keep one of them` });
      continue;
    }
    const rel = result[row.index];
    if (rel) result[row.index] = { ...rel, id: match ?? newId() };
  }
  return errors.length ? { ok: false, errors } : { ok: true, relationships: result };
}
