/**
 * The real team server (server/), in this process on PGlite in memory, with its HTTP API and poke
 * socket on a loopback port; and browsers that talk to it as the extension does: each its own
 * IndexedDB (fake-indexeddb) and its own sync engine, its requests sent with the extension's
 * Origin. Only one browser's store is open at a time (lib/db keeps one connection per context):
 * `use(browser)` switches, as a test moves from one person's browser to the other's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { WebSocket } from 'ws';
import { closeChangeChannel } from '../../lib/db/changes';
import { resetForTests } from '../../lib/db/open';
import type { InviteRequest } from '../../lib/model';
import { TeamSync, type SyncDeps } from '../../lib/sync/engine';
import type { SocketLike } from '../../lib/sync/poke';
import { createDeviceCode, createInvite } from '../../server/auth/invites';
import { configFromEnv } from '../../server/config';
import { migrate } from '../../server/db/migrate';
import { openPglite } from '../../server/db/pglite';
import type { Db } from '../../server/db/types';
import { CLI_ACTOR } from '../../server/http/routes/local';
import { startServer, type Running } from '../../server/start';

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

export type TeamServer = {
  url: string;
  db: Db;
  /** An invite code, made as the CLI makes it. */
  invite(request: InviteRequest): Promise<string>;
  /** A device code for a user who already joined. */
  deviceCode(user: { id: string; name: string }): Promise<string>;
  close(): Promise<void>;
};

export async function startTeamServer(): Promise<TeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'warmline-sync-'));
  const db = await openPglite();
  await migrate(db);
  const config = configFromEnv({ WARMLINE_PORT: '0', WARMLINE_DATA: dataDir, WARMLINE_JOIN_ATTEMPTS: '1000' });
  const running: Running = await startServer(config, () => undefined, db);
  return {
    url: running.url,
    db,
    invite: async (request) => (await db.transaction((tx) => createInvite(tx, CLI_ACTOR, request))).code,
    deviceCode: async (user) => (await db.transaction((tx) => createDeviceCode(tx, user))).code,
    async close() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The network between a browser and the server: down, or losing the answer to the next request. */
export type Network = { down: boolean; loseNextAnswer: RegExp | null; requests: string[] };

export class FakeBrowser {
  readonly name: string;
  readonly factory = new IDBFactory();
  readonly network: Network = { down: false, loseNextAnswer: null, requests: [] };
  readonly engine: TeamSync;

  constructor(name: string, deps: Partial<SyncDeps> = {}) {
    this.name = name;
    const network = this.network;
    const fetchAsExtension: typeof fetch = async (input, init) => {
      const url = String(input);
      network.requests.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
      if (network.down) throw new TypeError('Failed to fetch');
      const headers = { ...(init?.headers as Record<string, string>), Origin: EXTENSION_ORIGIN };
      const response = await fetch(input, { ...init, headers });
      if (network.loseNextAnswer?.test(url)) {
        network.loseNextAnswer = null;
        throw new TypeError('Failed to fetch (the answer was lost)');
      }
      return response;
    };
    this.engine = new TeamSync({ fetch: fetchAsExtension, ...deps });
  }
}

/** Makes this browser's IndexedDB the one lib/db opens from now on. */
export async function use(browser: FakeBrowser): Promise<void> {
  await resetForTests();
  closeChangeChannel();
  globalThis.indexedDB = browser.factory;
}

/** The browser's WebSocket, as the service worker opens it (with the extension's Origin). */
export function openSocket(url: string): SocketLike {
  return new WebSocket(url, { headers: { Origin: EXTENSION_ORIGIN } }) as unknown as SocketLike;
}
