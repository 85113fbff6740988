import { Hono } from 'hono';
import type { Db } from '../../db/types.ts';
import type { AppEnv } from '../env.ts';

/** GET /healthz: 200 once the server is ready (it listens only after its migrations ran). */
export function healthRoutes(db: Db) {
  return new Hono<AppEnv>().get('/healthz', async (c) => {
    await db.query('SELECT 1');
    return c.json({ ok: true, engine: db.engine });
  });
}
