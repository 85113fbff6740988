/**
 * Starts one server instance: data folder and lock (PGlite), database and migrations, the poke
 * listener, the HTTP server with its WebSocket, housekeeping. Returns how to stop it cleanly.
 */
import { serve, upgradeWebSocket, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { callerForToken } from './auth/authenticate.ts';
import type { Config } from './config.ts';
import { acquireLock, adminSecret, DataLockedError, ensureDataDir } from './data-dir.ts';
import { openDatabase } from './db/open.ts';
import type { Db } from './db/types.ts';
import { tidy } from './housekeeping.ts';
import { createApp } from './http/app.ts';
import { CLOSE_GOING_AWAY, PokeHub } from './poke/hub.ts';
import { POKE_CHANNEL } from './sync/changes.ts';

export type Running = { url: string; adminUrl: string; db: Db; close(): Promise<void> };

const TIDY_EVERY_MS = 60 * 60 * 1000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::']);

/**
 * `given`: a database already opened and migrated (tests run the server in-process on PGlite in
 * memory); the data folder then holds only the admin secret, and no lock.
 */
export async function startServer(config: Config, log: (line: string) => void = console.log, given?: Db): Promise<Running> {
  ensureDataDir(config.dataDir);
  const lock = config.databaseUrl || given ? null : await lockData(config.dataDir);
  let db: Db | undefined = given;
  try {
    db ??= await openDatabase(config);
    const opened = db;
    const hub = new PokeHub((token) => callerForToken(opened, token), config.heartbeatSeconds * 1000);
    const unlisten = await db.listen(POKE_CHANNEL, (payload) => hub.notify(payload));
    const app = createApp({
      db,
      extensionIds: config.extensionIds,
      trustProxy: config.trustProxy,
      joinLimit: config.joinLimit,
      adminSecret: adminSecret(config.dataDir),
      poke: { hub, upgradeWebSocket, heartbeatSeconds: config.heartbeatSeconds },
    });
    const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
    const server = await listen(app.fetch, wss, config);
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    // The CLI reaches a running server through loopback (the admin endpoint accepts nothing else).
    const adminUrl = LOOPBACK_HOSTS.has(config.host) ? `http://127.0.0.1:${port}` : url;
    lock?.update(adminUrl);

    const tidying = setInterval(() => void tidy(opened).catch((error: Error) => log(`housekeeping failed: ${error.message}`)), TIDY_EVERY_MS);
    tidying.unref();
    await firstAdminHint(db, log);

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        clearInterval(tidying);
        hub.close();
        // Sockets still waiting to authenticate are not the hub's: close them too.
        for (const socket of wss.clients) socket.close(CLOSE_GOING_AWAY, 'server stopping');
        wss.close();
        await new Promise<void>((done) => {
          server.close(() => done());
          if ('closeIdleConnections' in server) server.closeIdleConnections();
          setTimeout(() => ('closeAllConnections' in server ? server.closeAllConnections() : undefined), 5000).unref();
        });
        await unlisten();
        await opened.close();
        lock?.release();
      })());
    return { url, adminUrl, db, close };
  } catch (error) {
    await db?.close();
    lock?.release();
    throw error;
  }
}

/** PGlite's data is one process's: wait for a CLI command that holds it, refuse another server. */
async function lockData(dataDir: string): Promise<ReturnType<typeof acquireLock>> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return acquireLock(dataDir, 'server');
    } catch (error) {
      if (!(error instanceof DataLockedError) || error.holder.kind !== 'cli' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], wss: WebSocketServer, config: Config): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: config.host, port: config.port, websocket: { server: wss } }, () => resolve(server));
    server.once('error', reject);
  });
}

async function firstAdminHint(db: Db, log: (line: string) => void): Promise<void> {
  const [admin] = await db.query(`SELECT 1 FROM users WHERE role = 'admin' AND removed_at IS NULL LIMIT 1`);
  if (admin) return;
  log('No admin yet. Make the first one (it prints a one-time code to paste in Warmline\'s options page, Team tab):');
  log('  npm run --silent server:invite -- --team "<your team>" --role admin --name "<your name>"');
}
