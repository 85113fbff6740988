/** The library: marketers and admins write their teams' items; drafts never reach reps. */
import type { ContentItem, Mutation } from '../../../lib/model/index.ts';
import type { Work } from '../../store.ts';
import { contentSpaces } from '../spaces.ts';
import { deleteEditable, missing, stale, type Editable } from './editable.ts';
import { current, refused, type Outcome } from './outcome.ts';

type Put = Extract<Mutation, { type: 'content.put' }>;
type Delete = Extract<Mutation, { type: 'content.delete' }>;
type Stored = { id: string; team_id: string | null; status: ContentItem['status']; data: ContentItem; rev: number };

const SELECT_FOR_EDIT = `SELECT id, team_id::text AS team_id, status, data, rev FROM content_items WHERE id = $1 FOR UPDATE`;
const RETURNING = 'RETURNING id, team_id::text AS team_id, status, data, rev';

const spacesOf = (row: Stored) => contentSpaces({ teamId: row.team_id, status: row.status });
const auditView = (row: Stored | undefined) => (row ? { ...row.data, team: row.team_id } : undefined);

const ITEM: Editable<Stored> = {
  kind: 'content',
  table: 'content_items',
  selectForEdit: SELECT_FOR_EDIT,
  spacesOf,
  auditView,
  notYours: "Only its team's marketers and admins edit this item.",
};

/** Approving stamps who and when, unless the item says so itself. */
function stamped(item: ContentItem, wasApproved: boolean, approver: string): ContentItem {
  if (item.status !== 'approved' || wasApproved) return item;
  return { ...item, approvedBy: item.approvedBy ?? approver, approvedAt: item.approvedAt ?? new Date().toISOString() };
}

export async function putContent(work: Work, m: Put): Promise<Outcome> {
  const { tx, caller } = work;
  const [before] = await tx.query<Stored>(SELECT_FOR_EDIT, [m.record.id]);
  const record = stamped(m.record, before?.status === 'approved', caller.name);

  let after: Stored | undefined;
  if (m.baseVersion === null) {
    [after] = await tx.query<Stored>(
      `INSERT INTO content_items (id, team_id, status, data, created_by, updated_by)
       VALUES ($1, $2::uuid, $3, $4::jsonb, $5, $5) ON CONFLICT (id) DO NOTHING ${RETURNING}`,
      [record.id, m.team, record.status, JSON.stringify(record), caller.userId],
    );
    if (!after) return refused(work, 'conflict', 'content', record.id, 'A record with this id already exists.');
  } else {
    if (!before) return missing(work, ITEM, record.id);
    if (before.rev !== m.baseVersion) return stale(work, 'content', record.id);
    [after] = await tx.query<Stored>(
      `UPDATE content_items SET team_id = $2::uuid, status = $3, data = $4::jsonb, rev = rev + 1, updated_at = now(), updated_by = $5
       WHERE id = $1 ${RETURNING}`,
      [record.id, m.team, record.status, JSON.stringify(record), caller.userId],
    );
  }
  work.changes.move(before ? spacesOf(before) : [], spacesOf(after!), 'content', record.id);
  await work.audit({ action: 'content.put', kind: 'content', recordId: record.id, before: auditView(before), after: auditView(after) });
  return current(work, 'content', record.id);
}

export function deleteContent(work: Work, m: Delete): Promise<Outcome> {
  return deleteEditable(work, ITEM, m.recordId, m.baseVersion);
}
