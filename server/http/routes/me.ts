/** The signed-in user: who they are, another browser (device code), their signed-in browsers. */
import { Hono } from 'hono';
import { z } from 'zod';
import { revokeToken } from '../../admin/users.ts';
import { createDeviceCode, meOf } from '../../auth/invites.ts';
import type { Db } from '../../db/types.ts';
import { asCaller } from '../../store.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { requireCaller } from '../middleware/auth.ts';
import { limit, SMALL_BODY } from '../middleware/body.ts';

const TokenId = z.uuid();

export function meRoutes(db: Db) {
  return new Hono<AppEnv>()
    .use('/v1/me', requireCaller(db))
    .use('/v1/devices', requireCaller(db))
    .use('/v1/tokens', requireCaller(db))
    .use('/v1/tokens/*', requireCaller(db))
    .get('/v1/me', async (c) => c.json(await asCaller(db, c.get('caller'), ({ tx, caller }) => meOf(tx, caller.userId))))
    .post('/v1/devices', limit(SMALL_BODY), async (c) => {
      const code = await asCaller(db, c.get('caller'), ({ tx, caller }) => createDeviceCode(tx, { id: caller.userId, name: caller.name }));
      return c.json(code, 201);
    })
    .get('/v1/tokens', async (c) => {
      const rows = await asCaller(db, c.get('caller'), ({ tx, caller }) =>
        tx.query<{ id: string; device: string | null; created_at: Date; last_used_at: Date }>(
          `SELECT id::text, device, created_at, last_used_at FROM tokens
           WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at`,
          [caller.userId],
        ),
      );
      const current = c.get('caller').tokenId;
      return c.json({
        tokens: rows.map((row) => ({
          id: row.id,
          device: row.device,
          createdAt: row.created_at.toISOString(),
          lastUsedAt: row.last_used_at.toISOString(),
          current: row.id === current,
        })),
      });
    })
    .delete('/v1/tokens/:id', async (c) => {
      const id = TokenId.safeParse(c.req.param('id'));
      if (!id.success) return fail(c, 404, 'not-found', 'No such token.');
      const revoked = await asCaller(db, c.get('caller'), (work) => revokeToken(work, id.data));
      return revoked ? c.body(null, 204) : fail(c, 404, 'not-found', 'No such token among yours.');
    });
}
