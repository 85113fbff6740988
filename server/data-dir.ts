/**
 * The data folder: PGlite's files (pgdata/), the lock that keeps a second process off them
 * (server.lock: who holds it, and where a running server answers), and the secret the CLI shows
 * the running server's loopback admin endpoint (admin-secret, readable by its owner only).
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSecret } from './auth/secrets.ts';

export const pgliteDir = (dataDir: string) => join(dataDir, 'pgdata');
const lockFile = (dataDir: string) => join(dataDir, 'server.lock');
const secretFile = (dataDir: string) => join(dataDir, 'admin-secret');

export type LockHolder = { pid: number; kind: 'server' | 'cli'; adminUrl?: string };

export function ensureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the lock, or null (a lock left by a process that died does not count). */
export function lockHolder(dataDir: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) && alive(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

export class DataLockedError extends Error {
  readonly holder: LockHolder;
  constructor(dataDir: string, holder: LockHolder) {
    super(`${dataDir} is in use by another Warmline ${holder.kind === 'server' ? 'server' : 'command'} (pid ${holder.pid}).`);
    this.holder = holder;
  }
}

/** Takes the lock (replacing one whose process died) or throws DataLockedError. Returns the release. */
export function acquireLock(dataDir: string, kind: LockHolder['kind']): { release(): void; update(adminUrl: string): void } {
  const file = lockFile(dataDir);
  const write = (holder: LockHolder, flag: 'wx' | 'w') => writeFileSync(file, JSON.stringify(holder), { flag, mode: 0o600 });
  try {
    write({ pid: process.pid, kind }, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = lockHolder(dataDir);
    if (holder) throw new DataLockedError(dataDir, holder);
    rmSync(file, { force: true });
    write({ pid: process.pid, kind }, 'wx');
  }
  return {
    update: (adminUrl) => write({ pid: process.pid, kind, adminUrl }, 'w'),
    release: () => {
      if (lockHolder(dataDir)?.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

/** The loopback admin secret, made on first use; always owner-readable only. */
export function adminSecret(dataDir: string): string {
  const file = secretFile(dataDir);
  try {
    const secret = readFileSync(file, 'utf8').trim();
    chmodSync(file, 0o600);
    if (secret) return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = newSecret('wls_', 32);
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
