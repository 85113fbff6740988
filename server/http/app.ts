/**
 * The HTTP API as one Hono app (no socket: tests call app.request()). Routes are small typed
 * handlers; origins, auth, body limits and validation are middleware.
 */
import { Hono } from 'hono';
import type { Limit } from '../auth/rate-limit.ts';
import type { Db } from '../db/types.ts';
import type { PokeHub } from '../poke/hub.ts';
import type { AppEnv } from './env.ts';
import { fail, onError } from './errors.ts';
import { extensionOrigins } from './middleware/origin.ts';
import { adminRoutes } from './routes/admin.ts';
import { healthRoutes } from './routes/health.ts';
import { insightsRoutes } from './routes/insights.ts';
import { joinRoutes } from './routes/join.ts';
import { localRoutes } from './routes/local.ts';
import { meRoutes } from './routes/me.ts';
import { pokeRoutes, type UpgradeWebSocket } from './routes/poke.ts';
import { syncRoutes } from './routes/sync.ts';

export type AppOptions = {
  db: Db;
  extensionIds?: ReadonlySet<string> | null;
  trustProxy?: boolean;
  joinLimit?: Limit;
  /** The data folder's admin secret: enables /v1/local/* for the CLI. */
  adminSecret?: string;
  /** The poke WebSocket, when serving over a real socket. */
  poke?: { hub: PokeHub; upgradeWebSocket: UpgradeWebSocket; heartbeatSeconds: number };
};

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { db } = options;
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound((c) => fail(c, 404, 'not-found', `No such endpoint: ${c.req.method} ${c.req.path}`));
  app.use('*', ...extensionOrigins(options.extensionIds ?? null));
  app.route('/', healthRoutes(db));
  app.route('/', joinRoutes(db, { joinLimit: options.joinLimit ?? { max: 20, windowSeconds: 900 }, trustProxy: options.trustProxy ?? false }));
  app.route('/', meRoutes(db));
  app.route('/', syncRoutes(db));
  app.route('/', insightsRoutes(db));
  app.route('/', adminRoutes(db));
  if (options.adminSecret) app.route('/', localRoutes(db, options.adminSecret));
  if (options.poke) app.route('/', pokeRoutes(db, options.poke));
  return app;
}
