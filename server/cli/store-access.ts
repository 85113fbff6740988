/**
 * How a CLI command reaches the store: with DATABASE_URL, PostgreSQL directly; with PGlite, the
 * running server's loopback admin endpoint if one holds the data folder, or the data itself
 * (holding the lock meanwhile; a server started then waits for it).
 */
import type { Config } from '../config.ts';
import { acquireLock, adminSecret, ensureDataDir, lockHolder } from '../data-dir.ts';
import { openDatabase } from '../db/open.ts';
import type { Db } from '../db/types.ts';

export type Access =
  | { kind: 'server'; adminUrl: string; secret: string }
  | { kind: 'direct'; db: Db; done(): Promise<void> };

const WAIT_MS = 30_000;

export async function storeAccess(config: Config): Promise<Access> {
  if (config.databaseUrl) {
    const db = await openDatabase(config);
    return { kind: 'direct', db, done: () => db.close() };
  }
  ensureDataDir(config.dataDir);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const holder = lockHolder(config.dataDir);
    if (holder?.kind === 'server' && holder.adminUrl) {
      return { kind: 'server', adminUrl: holder.adminUrl, secret: adminSecret(config.dataDir) };
    }
    if (!holder) {
      const lock = acquireLock(config.dataDir, 'cli');
      try {
        const db = await openDatabase(config);
        return { kind: 'direct', db, done: async () => { await db.close(); lock.release(); } };
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    // A server still starting, or another command: wait for it.
    if (Date.now() > deadline) throw new Error(`${config.dataDir} stayed busy (pid ${holder.pid}); try again.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A request to the running server's /v1/local endpoint; its error message when it refuses. */
export async function askServer(access: { adminUrl: string; secret: string }, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${access.adminUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${access.secret}`, 'Content-Type': 'application/json', ...init.headers },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(`The running server refused: ${body?.error?.message ?? response.statusText}`);
  }
  return response;
}
