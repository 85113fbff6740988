/**
 * What admins do to people: change role and teams, revoke, remove. Each runs as the admin with
 * the user "managed" (row-level security then lets the admin move that user's flags), audits,
 * and bumps the user's access revision so their next pull answers "resync".
 */
import type { Role } from '../../lib/model/index.ts';
import type { Work } from '../store.ts';
import { sharedTeams, spacesOf, type StoredRelationship } from '../sync/mutations/relationships.ts';
import { closeLostIntros, closeRequestsOutOfView } from '../sync/mutations/intros.ts';
import { introSpaces } from '../sync/spaces.ts';

export class AdminRefusal extends Error {
  readonly status: 400 | 404 | 409;
  constructor(status: 400 | 404 | 409, message: string) {
    super(message);
    this.status = status;
  }
}

export type UserSummary = {
  id: string; name: string; email: string | null; role: Role; teams: string[]; removed: boolean; lastSeenAt: string | null;
};

export async function listUsers(work: Work): Promise<UserSummary[]> {
  const rows = await work.tx.query<{
    id: string; name: string; email: string | null; role: Role; teams: string[]; removed: boolean; last_seen: Date | null;
  }>(
    `SELECT u.id::text, u.name, u.email, u.role, u.removed_at IS NOT NULL AS removed,
            ARRAY(SELECT m.team_id::text FROM memberships m WHERE m.user_id = u.id ORDER BY 1) AS teams,
            (SELECT max(t.last_used_at) FROM tokens t WHERE t.user_id = u.id) AS last_seen
     FROM users u ORDER BY lower(u.name), u.id`,
  );
  return rows.map(({ last_seen, ...row }) => ({ ...row, lastSeenAt: last_seen?.toISOString() ?? null }));
}

export async function listTeams(work: Work): Promise<{ id: string; name: string; members: number }[]> {
  return work.tx.query(
    `SELECT t.id::text, t.name, (SELECT count(*) FROM memberships m WHERE m.team_id = t.id)::int AS members
     FROM teams t ORDER BY lower(t.name)`,
  );
}

type Target = { id: string; name: string; role: Role; teams: string[] };

async function target(work: Work, userId: string): Promise<Target> {
  const [user] = await work.tx.query<Target>(
    `SELECT id::text, name, role, ARRAY(SELECT team_id::text FROM memberships WHERE user_id = users.id ORDER BY 1) AS teams
     FROM users WHERE id = $1 AND removed_at IS NULL FOR UPDATE`,
    [userId],
  );
  if (!user) throw new AdminRefusal(404, 'No such user (or already removed).');
  return user;
}

async function assertAnotherAdmin(work: Work, userId: string): Promise<void> {
  const [other] = await work.tx.query(
    `SELECT 1 FROM users WHERE role = 'admin' AND removed_at IS NULL AND id <> $1 LIMIT 1`,
    [userId],
  );
  if (!other) throw new AdminRefusal(409, 'This is the last admin: make someone else admin first.');
}

/** Role and teams; their shared flags follow them into their new teams and out of the old. */
export async function changeUser(work: Work, userId: string, change: { role?: Role; teams?: string[] }): Promise<Target> {
  const { tx } = work;
  const before = await target(work, userId);
  const role = change.role ?? before.role;
  const teams = change.teams ? [...new Set(change.teams)].sort() : before.teams;
  if (before.role === 'admin' && role !== 'admin') await assertAnotherAdmin(work, userId);
  if (change.teams) {
    const known = await tx.query<{ id: string }>('SELECT id::text FROM teams WHERE id = ANY ($1::uuid[])', [teams]);
    if (known.length !== teams.length) throw new AdminRefusal(400, 'teams: one of these teams does not exist.');
  }
  await tx.query('UPDATE users SET role = $2, access_rev = access_rev + 1 WHERE id = $1', [userId, role]);
  await tx.query('DELETE FROM memberships WHERE user_id = $1 AND NOT (team_id = ANY ($2::uuid[]))', [userId, teams]);
  await tx.query(
    'INSERT INTO memberships (user_id, team_id) SELECT $1, t FROM unnest($2::uuid[]) AS t ON CONFLICT DO NOTHING',
    [userId, teams],
  );
  const flags = await tx.query<StoredRelationship>(
    `SELECT id, owner_id::text, share, narrowed_team_ids::text[] AS narrowed, team_ids::text[] AS team_ids, rev
     FROM relationships WHERE owner_id = $1 AND share = 'team' FOR UPDATE`,
    [userId],
  );
  for (const flag of flags) {
    const teamIds = sharedTeams(teams, 'team', flag.narrowed);
    if (teamIds.join() === [...flag.team_ids].sort().join()) continue;
    await tx.query('UPDATE relationships SET team_ids = $2::uuid[], updated_at = now() WHERE id = $1', [flag.id, teamIds]);
    work.changes.move(spacesOf(flag), spacesOf({ ...flag, team_ids: teamIds }), 'relationship', flag.id);
    // Out of some teams' view: those teams' members' open requests about it close.
    await closeLostIntros(work, flag.id, teamIds);
  }
  // And the open requests this user made about flags they no longer see.
  await closeRequestsOutOfView(work);
  work.changes.poke(`a:${userId}`);
  const after = { ...before, role, teams };
  await work.audit({ action: 'user.change', kind: 'user', recordId: userId, before: { role: before.role, teams: before.teams }, after: { role, teams } });
  return after;
}

export async function revokeUser(work: Work, userId: string): Promise<number> {
  await target(work, userId);
  const revoked = await work.tx.query(
    'UPDATE tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
    [userId],
  );
  work.changes.poke(`a:${userId}`);
  await work.audit({ action: 'user.revoke', kind: 'user', recordId: userId, after: { tokensRevoked: revoked.length } });
  return revoked.length;
}

export type Removal = { sharedFlags: 'delete' | 'transfer'; transferTo?: string };

/**
 * Removes a user: their private flags go; their shared flags go or pass to another user (shared
 * with that user's teams); intro requests to or from them go; their activity and feedback stay
 * for the teams' insights. Their tokens are revoked and they leave every team.
 */
export async function removeUser(work: Work, userId: string, removal: Removal): Promise<{ deleted: number; transferred: number }> {
  const { tx } = work;
  const before = await target(work, userId);
  if (before.role === 'admin') await assertAnotherAdmin(work, userId);
  let heir: Target | undefined;
  if (removal.sharedFlags === 'transfer') {
    if (!removal.transferTo || removal.transferTo === userId) throw new AdminRefusal(400, 'transferTo: name another user to give the shared flags to.');
    heir = await target(work, removal.transferTo);
  }

  const flags = await tx.query<StoredRelationship>(
    `SELECT id, owner_id::text, share, narrowed_team_ids::text[] AS narrowed, team_ids::text[] AS team_ids, data, rev
     FROM relationships WHERE owner_id = $1 FOR UPDATE`,
    [userId],
  );
  let deleted = 0;
  let transferred = 0;
  for (const flag of flags) {
    if (flag.share === 'team' && heir) {
      const teamIds = sharedTeams(heir.teams, 'team', null);
      await tx.query(
        `UPDATE relationships SET owner_id = $2, narrowed_team_ids = NULL, team_ids = $3::uuid[], rev = rev + 1,
           updated_at = now(), updated_by = $4 WHERE id = $1`,
        [flag.id, heir.id, teamIds, work.caller.userId],
      );
      work.changes.move(spacesOf(flag), spacesOf({ owner_id: heir.id, share: 'team', team_ids: teamIds }), 'relationship', flag.id);
      await work.audit({ action: 'relationship.transfer', kind: 'relationship', recordId: flag.id, before: { owner: userId }, after: { owner: heir.id, teams: teamIds } });
      transferred++;
    } else {
      await tx.query('DELETE FROM relationships WHERE id = $1', [flag.id]);
      work.changes.move(spacesOf(flag), [], 'relationship', flag.id);
      const what = flag.share === 'private' ? { share: 'private', redacted: true } : { ...flag.data, share: flag.share, teams: flag.team_ids };
      await work.audit({ action: 'relationship.delete', kind: 'relationship', recordId: flag.id, before: what });
      deleted++;
    }
  }

  const intros = await tx.query<{ id: string; requester_id: string; holder_id: string }>(
    'DELETE FROM intro_requests WHERE requester_id = $1 OR holder_id = $1 RETURNING id, requester_id::text, holder_id::text',
    [userId],
  );
  for (const intro of intros) {
    work.changes.move(introSpaces({ requesterId: intro.requester_id, holderId: intro.holder_id }), [], 'intro', intro.id);
  }
  await tx.query('UPDATE tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  await tx.query('DELETE FROM memberships WHERE user_id = $1', [userId]);
  await tx.query('UPDATE users SET removed_at = now(), access_rev = access_rev + 1 WHERE id = $1', [userId]);
  work.changes.poke(`a:${userId}`);
  await work.audit({
    action: 'user.remove',
    kind: 'user',
    recordId: userId,
    before: { name: before.name, role: before.role, teams: before.teams },
    after: { sharedFlags: removal.sharedFlags, transferTo: heir?.id, deleted, transferred, introsRemoved: intros.length },
  });
  return { deleted, transferred };
}

/** Signs out one browser: the caller's own, or anyone's for an admin (row-level security). */
export async function revokeToken(work: Work, tokenId: string): Promise<boolean> {
  const [row] = await work.tx.query<{ user_id: string }>(
    'UPDATE tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING user_id::text',
    [tokenId],
  );
  if (!row) return false;
  work.changes.poke(`a:${row.user_id}`);
  await work.audit({ action: 'token.revoke', kind: 'token', recordId: tokenId, after: { user: row.user_id } });
  return true;
}
