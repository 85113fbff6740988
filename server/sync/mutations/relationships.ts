/** Flags: created by anyone, shared with the owner's teams (or some of them) or private. */
import type { Mutation, Relationship } from '../../../lib/model/index.ts';
import { PRIVATE_REDACTED } from '../../admin/audit.ts';
import type { Work } from '../../store.ts';
import { relationshipSpaces } from '../spaces.ts';
import { deleteEditable, missing, stale, type Editable } from './editable.ts';
import { closeLostIntros } from './intros.ts';
import { current, refused, type Outcome } from './outcome.ts';

type Put = Extract<Mutation, { type: 'relationship.put' }>;
type Delete = Extract<Mutation, { type: 'relationship.delete' }>;

export type StoredRelationship = {
  id: string; owner_id: string; share: 'team' | 'private'; narrowed: string[] | null; team_ids: string[]; data: Relationship; rev: number;
};

export const SELECT_FOR_EDIT = `SELECT id, owner_id, share, narrowed_team_ids::text[] AS narrowed, team_ids::text[] AS team_ids, data, rev
  FROM relationships WHERE id = $1 FOR UPDATE`;

/** The teams a shared flag reaches: the owner's teams, within the narrowing if any. */
export function sharedTeams(ownerTeams: readonly string[], share: 'team' | 'private', narrowed: readonly string[] | null): string[] {
  if (share === 'private') return [];
  return narrowed ? ownerTeams.filter((team) => narrowed.includes(team)) : [...ownerTeams];
}

export const spacesOf = (row: Pick<StoredRelationship, 'owner_id' | 'share' | 'team_ids'>) =>
  relationshipSpaces({ ownerId: row.owner_id, share: row.share, teamIds: row.team_ids });

/** What the audit log keeps: the flag and where it went, or only that a private one changed. */
export function auditView(row: Pick<StoredRelationship, 'owner_id' | 'share' | 'team_ids' | 'data'> | undefined) {
  if (!row) return undefined;
  if (row.share === 'private') return { ...PRIVATE_REDACTED, owner: row.owner_id };
  return { ...row.data, share: row.share, teams: row.team_ids, owner: row.owner_id };
}

const FLAG: Editable<StoredRelationship> = {
  kind: 'relationship',
  table: 'relationships',
  selectForEdit: SELECT_FOR_EDIT,
  spacesOf,
  auditView,
  notYours: 'Only its owner and admins edit this flag.',
};

export async function putRelationship(work: Work, m: Put): Promise<Outcome> {
  const { tx, caller } = work;
  const [before] = await tx.query<StoredRelationship>(SELECT_FOR_EDIT, [m.record.id]);

  let after: StoredRelationship | undefined;
  if (m.baseVersion === null) {
    const narrowed = m.share === 'team' ? (m.teams ?? null) : null;
    [after] = await tx.query<StoredRelationship>(
      `INSERT INTO relationships (id, owner_id, share, narrowed_team_ids, team_ids, data, updated_by)
       VALUES ($1, $2, $3, $4::uuid[], $5::uuid[], $6::jsonb, $2)
       ON CONFLICT (id) DO NOTHING
       RETURNING id, owner_id, share, narrowed_team_ids::text[] AS narrowed, team_ids::text[] AS team_ids, data, rev`,
      [m.record.id, caller.userId, m.share, narrowed, sharedTeams(caller.teamIds, m.share, narrowed), JSON.stringify(m.record)],
    );
    if (!after) return refused(work, 'conflict', 'relationship', m.record.id, 'A record with this id already exists.');
  } else {
    if (!before) return missing(work, FLAG, m.record.id);
    if (before.rev !== m.baseVersion) return stale(work, 'relationship', m.record.id);
    // Only the owner decides where a flag goes; an admin's edit keeps it where it was.
    const ownEdit = before.owner_id === caller.userId;
    const share = ownEdit ? m.share : before.share;
    const narrowed = ownEdit ? (share === 'team' ? (m.teams ?? null) : null) : before.narrowed;
    const teamIds = ownEdit ? sharedTeams(caller.teamIds, share, narrowed) : before.team_ids;
    [after] = await tx.query<StoredRelationship>(
      `UPDATE relationships SET share = $2, narrowed_team_ids = $3::uuid[], team_ids = $4::uuid[], data = $5::jsonb,
         rev = rev + 1, updated_at = now(), updated_by = $6
       WHERE id = $1
       RETURNING id, owner_id, share, narrowed_team_ids::text[] AS narrowed, team_ids::text[] AS team_ids, data, rev`,
      [m.record.id, share, narrowed, teamIds, JSON.stringify(m.record), caller.userId],
    );
  }
  // Made private or narrowed: requests from people who no longer see it close.
  if (before) await closeLostIntros(work, m.record.id, after!.team_ids);
  work.changes.move(before ? spacesOf(before) : [], spacesOf(after!), 'relationship', m.record.id);
  await work.audit({ action: 'relationship.put', kind: 'relationship', recordId: m.record.id, before: auditView(before), after: auditView(after) });
  return current(work, 'relationship', m.record.id);
}

export async function deleteRelationship(work: Work, m: Delete): Promise<Outcome> {
  // Its open requests close while the flag still says whose it is (the database checks that).
  const [before] = await work.tx.query<StoredRelationship>(SELECT_FOR_EDIT, [m.recordId]);
  if (before && before.rev === m.baseVersion) await closeLostIntros(work, m.recordId, 'gone');
  return deleteEditable(work, FLAG, m.recordId, m.baseVersion);
}
