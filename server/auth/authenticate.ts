/** Bearer token → the caller, read as the owner (before anyone is known). */
import type { Db } from '../db/types.ts';
import type { Caller } from './caller.ts';
import { hashSecret, TOKEN_PREFIX } from './secrets.ts';

type Row = {
  id: string; name: string; email: string | null; role: Caller['role']; access_rev: number;
  token_id: string; team_ids: string[]; stale: boolean;
};

export async function callerForToken(db: Db, token: string): Promise<Caller | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const [row] = await db.query<Row>(
    `SELECT u.id, u.name, u.email, u.role, u.access_rev, t.id AS token_id,
            t.last_used_at < now() - interval '1 hour' AS stale,
            ARRAY(SELECT m.team_id::text FROM memberships m WHERE m.user_id = u.id ORDER BY 1) AS team_ids
     FROM tokens t JOIN users u ON u.id = t.user_id
     WHERE t.hash = $1 AND t.revoked_at IS NULL AND u.removed_at IS NULL`,
    [hashSecret(token)],
  );
  if (!row) return null;
  // Last use, to the hour: enough for "signed-in devices" without a write per request.
  if (row.stale) await db.query('UPDATE tokens SET last_used_at = now() WHERE id = $1', [row.token_id]);
  return {
    userId: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    teamIds: row.team_ids,
    accessRev: row.access_rev,
    tokenId: row.token_id,
  };
}
