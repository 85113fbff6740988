/** What editing and deleting flags and library items share: base versions, and who may. */
import type { RecordKind } from '../../../lib/model/index.ts';
import type { Work } from '../../store.ts';
import { applied, refused, type Outcome } from './outcome.ts';

export type Editable<Row extends { rev: number }> = {
  kind: Extract<RecordKind, 'relationship' | 'content'>;
  table: 'relationships' | 'content_items';
  /** Reads the row only if the caller may edit it, locking it (row-level security decides). */
  selectForEdit: string;
  spacesOf(row: Row): string[];
  auditView(row: Row | undefined): unknown;
  /** Said when the caller sees the record but may not edit it. */
  notYours: string;
};

/** Not editable: visible but not the caller's to edit (forbidden), or not there for them (deleted). */
export async function missing(work: Work, spec: Pick<Editable<never>, 'kind' | 'notYours'>, id: string): Promise<Outcome> {
  const outcome = await refused(work, 'forbidden', spec.kind, id, spec.notYours);
  return outcome.change ? outcome : { status: 'conflict', change: null, message: 'Deleted on the server.' };
}

export const stale = (work: Work, kind: RecordKind, id: string) => refused(work, 'conflict', kind, id, 'Changed on the server since your copy.');

export async function deleteEditable<Row extends { rev: number }>(work: Work, spec: Editable<Row>, id: string, baseVersion: number): Promise<Outcome> {
  const [before] = await work.tx.query<Row>(spec.selectForEdit, [id]);
  if (!before) {
    const outcome = await missing(work, spec, id);
    // Already gone is what the caller wanted.
    return outcome.status === 'conflict' ? applied({ op: 'gone', kind: spec.kind, id }) : outcome;
  }
  if (before.rev !== baseVersion) return stale(work, spec.kind, id);
  await work.tx.query(`DELETE FROM ${spec.table} WHERE id = $1`, [id]);
  work.changes.move(spec.spacesOf(before), [], spec.kind, id);
  await work.audit({ action: `${spec.kind}.delete`, kind: spec.kind, recordId: id, before: spec.auditView(before) });
  return applied({ op: 'gone', kind: spec.kind, id });
}
