/**
 * /v1/local/*: what the CLI asks of a running server that holds the data (PGlite allows one
 * process). Only from this machine (a loopback socket, no proxy) and with the data folder's
 * admin secret; runs as the owner, like the CLI itself would.
 */
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { InviteRequest } from '../../../lib/model/index.ts';
import { createInvite } from '../../auth/invites.ts';
import { sameSecret } from '../../auth/secrets.ts';
import type { Db } from '../../db/types.ts';
import { exportStore } from '../../transfer/export.ts';
import { isDirectLoopback } from '../client-address.ts';
import type { AppEnv } from '../env.ts';
import { fail } from '../errors.ts';
import { bearer } from '../middleware/auth.ts';
import { jsonBody, limit, SMALL_BODY } from '../middleware/body.ts';

export const CLI_ACTOR = { id: null, name: 'server CLI' };

export function localRoutes(db: Db, secret: string) {
  const app = new Hono<AppEnv>();
  app.use('/v1/local/*', async (c, next) => {
    if (!isDirectLoopback(c)) return fail(c, 403, 'forbidden', 'Only from this machine.');
    const given = bearer(c.req.header('Authorization'));
    if (!given || !sameSecret(given, secret)) return fail(c, 401, 'unauthorized', 'Send the data folder admin-secret as a Bearer token.');
    return next();
  });
  return app
    .post('/v1/local/invites', limit(SMALL_BODY), jsonBody(InviteRequest), async (c) => {
      const request = c.req.valid('json');
      return c.json(await db.transaction((tx) => createInvite(tx, CLI_ACTOR, request)), 201);
    })
    .get('/v1/local/export', (c) => {
      c.header('Content-Type', 'application/x-ndjson');
      return stream(c, async (out) => {
        await exportStore(db, (line) => out.write(line).then(() => undefined));
      });
    });
}
