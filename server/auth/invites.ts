/**
 * One-time codes. An invite makes a new user in a team (made if missing) with a role; a device
 * code, made by a signed-in user, adds another browser for that same user. Redeeming either
 * gives a new random token; the code and the token are stored only as hashes.
 */
import type { CodeResponse, InviteRequest, JoinResponse, Me } from '../../lib/model/index.ts';
import { writeAudit, type Actor } from '../admin/audit.ts';
import type { Db, Tx } from '../db/types.ts';
import { ChangeSet } from '../sync/changes.ts';
import { DEVICE_PREFIX, hashSecret, INVITE_PREFIX, newSecret, TOKEN_PREFIX } from './secrets.ts';

export const INVITE_HOURS_DEFAULT = 24 * 7;
export const DEVICE_CODE_MINUTES = 15;

/** As an admin (row-level security on) or as the CLI (owner, actor id null). */
export async function createInvite(tx: Tx, actor: Actor, request: InviteRequest): Promise<CodeResponse> {
  const teamId = await teamNamed(tx, request.team, actor);
  const code = newSecret(INVITE_PREFIX, 15);
  const hours = request.expiresInHours ?? INVITE_HOURS_DEFAULT;
  const [invite] = await tx.query<{ id: string; expires_at: Date }>(
    `INSERT INTO invites (hash, kind, team_id, role, name, email, created_by, expires_at)
     VALUES ($1, 'invite', $2, $3, $4, $5, $6, now() + make_interval(hours => $7)) RETURNING id, expires_at`,
    [hashSecret(code), teamId, request.role, request.name, request.email ?? null, actor.id, hours],
  );
  const expiresAt = invite!.expires_at.toISOString();
  await writeAudit(tx, actor, {
    action: 'invite.create',
    kind: 'invite',
    recordId: invite!.id,
    after: { team: request.team, role: request.role, name: request.name, email: request.email, expiresAt },
  });
  return { code, expiresAt };
}

async function teamNamed(tx: Tx, name: string, actor: Actor): Promise<string> {
  const [made] = await tx.query<{ id: string }>(
    'INSERT INTO teams (name) VALUES ($1) ON CONFLICT ((lower(name))) DO NOTHING RETURNING id::text',
    [name],
  );
  if (made) {
    await writeAudit(tx, actor, { action: 'team.create', kind: 'team', recordId: made.id, after: { name } });
    return made.id;
  }
  const [team] = await tx.query<{ id: string }>('SELECT id::text FROM teams WHERE lower(name) = lower($1)', [name]);
  return team!.id;
}

/** `tx` acts as the user (row-level security lets users make device codes for themselves only). */
export async function createDeviceCode(tx: Tx, actor: { id: string; name: string }): Promise<CodeResponse> {
  const code = newSecret(DEVICE_PREFIX, 15);
  const [invite] = await tx.query<{ id: string; expires_at: Date }>(
    `INSERT INTO invites (hash, kind, user_id, created_by, expires_at)
     VALUES ($1, 'device', $2, $2, now() + make_interval(mins => $3)) RETURNING id, expires_at`,
    [hashSecret(code), actor.id, DEVICE_CODE_MINUTES],
  );
  await writeAudit(tx, actor, { action: 'device.code', kind: 'invite', recordId: invite!.id });
  return { code, expiresAt: invite!.expires_at.toISOString() };
}

export class CodeRefused extends Error {}

type Claimed = {
  id: string; kind: 'invite' | 'device'; team_id: string | null; role: Me['user']['role'] | null;
  name: string | null; email: string | null; user_id: string | null;
};

/** Runs as the owner: nobody is signed in yet. Refusals change nothing. */
export async function redeemCode(db: Db, code: string, device: string | null): Promise<JoinResponse> {
  return db.transaction(async (tx) => {
    const hash = hashSecret(code.trim());
    const [invite] = await tx.query<Claimed>(
      `UPDATE invites SET used_at = now() WHERE hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING id, kind, team_id::text, role, name, email, user_id::text`,
      [hash],
    );
    if (!invite) throw new CodeRefused(await whyRefused(tx, hash));

    let userId: string;
    if (invite.kind === 'invite') {
      const [user] = await tx.query<{ id: string }>(
        'INSERT INTO users (name, email, role) VALUES ($1, $2, $3) RETURNING id::text',
        [invite.name, invite.email, invite.role],
      );
      userId = user!.id;
      await tx.query('INSERT INTO memberships (user_id, team_id) VALUES ($1, $2)', [userId, invite.team_id]);
    } else {
      const [user] = await tx.query('SELECT 1 FROM users WHERE id = $1 AND removed_at IS NULL', [invite.user_id]);
      if (!user) throw new CodeRefused('This code belongs to a user who was removed.');
      userId = invite.user_id!;
    }
    const token = newSecret(TOKEN_PREFIX, 32);
    const [row] = await tx.query<{ id: string }>('INSERT INTO tokens (user_id, hash, device) VALUES ($1, $2, $3) RETURNING id::text', [
      userId,
      hashSecret(token),
      device,
    ]);
    const me = await meOf(tx, userId);
    const actor = { id: userId, name: me.user.name };
    await writeAudit(tx, actor, {
      action: invite.kind === 'invite' ? 'user.join' : 'device.add',
      kind: 'token',
      recordId: row!.id,
      after: { user: userId, device, teams: me.teams.map((team) => team.id), role: me.user.role },
    });
    const changes = new ChangeSet();
    changes.poke(`a:${userId}`);
    await changes.flush(tx);
    return { ...me, token };
  });
}

async function whyRefused(tx: Tx, hash: string): Promise<string> {
  const [row] = await tx.query<{ used: boolean }>('SELECT used_at IS NOT NULL AS used FROM invites WHERE hash = $1', [hash]);
  if (!row) return 'This code is not known to this server: check it was copied whole.';
  return row.used ? 'This code was already used: ask for a new one.' : 'This code has expired: ask for a new one.';
}

/** The user and their teams (readable by the owner, or by the user themselves under RLS). */
export async function meOf(tx: Tx, userId: string): Promise<Me> {
  const [user] = await tx.query<{ id: string; name: string; email: string | null; role: Me['user']['role'] }>(
    'SELECT id::text, name, email, role FROM users WHERE id = $1',
    [userId],
  );
  const teams = await tx.query<{ id: string; name: string }>(
    `SELECT t.id::text, t.name FROM teams t JOIN memberships m ON m.team_id = t.id WHERE m.user_id = $1 ORDER BY t.name`,
    [userId],
  );
  return {
    user: { id: user!.id, name: user!.name, ...(user!.email ? { email: user!.email } : {}), role: user!.role },
    teams,
  };
}
