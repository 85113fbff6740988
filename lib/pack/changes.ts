/**
 * What an import would change, item by item, for the preview: which library items and
 * relationships are new, and which are updated (and in which fields), named as a person knows
 * them. Counts alone do not let anyone check a file before saying yes.
 */
import type { ImportWrite } from '../db';
import type { StoredContent, StoredRelationship } from '../model';
import { relationshipLabel } from './merge';

export type PlannedChange = {
  kind: 'content' | 'relationship';
  action: 'added' | 'updated';
  id: string;
  label: string;
  /** For an update: the fields whose value changes, as the pack names them. */
  fields?: string[];
};

/** How many changes the preview lists; the counts still say how many there are in all. */
export const CHANGES_SHOWN = 200;

const IGNORED = new Set(['meta', 'keys', 'updatedAt', 'createdAt']);

function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => !IGNORED.has(key)));
  const value = (record: object, key: string) => JSON.stringify((record as Record<string, unknown>)[key] ?? null);
  return [...keys].filter((key) => value(before, key) !== value(after, key)).sort();
}

/** The first `limit` changes the write would make, library items first, in the file's order. */
export function listChanges(
  write: Pick<ImportWrite, 'content' | 'relationships'>,
  stored: { content: ReadonlyMap<string, StoredContent>; relationships: ReadonlyMap<string, StoredRelationship> },
  limit = CHANGES_SHOWN,
): PlannedChange[] {
  const changes: PlannedChange[] = [];
  for (const item of write.content) {
    if (changes.length >= limit) return changes;
    const before = stored.content.get(item.id);
    changes.push(
      before
        ? { kind: 'content', action: 'updated', id: item.id, label: item.title, fields: changedFields(before, item) }
        : { kind: 'content', action: 'added', id: item.id, label: item.title },
    );
  }
  for (const { rel } of write.relationships) {
    if (changes.length >= limit) return changes;
    const before = stored.relationships.get(rel.id);
    const label = `${relationshipLabel(rel)}, known by ${rel.knownBy.name}`;
    changes.push(
      before
        ? { kind: 'relationship', action: 'updated', id: rel.id, label, fields: changedFields(before, rel) }
        : { kind: 'relationship', action: 'added', id: rel.id, label },
    );
  }
  return changes;
}
