/** Throwaway PostgreSQL for the suite and the bench: a cluster (scripts/test-postgres.sh), databases in it. */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/test-postgres.sh');

/** WARMLINE_TEST_DATABASE_URL's cluster, or one started now (`stop` stops only what was started). */
export function testCluster(url = process.env.WARMLINE_TEST_DATABASE_URL): { url: string; stop(): void } {
  if (url) return { url, stop: () => undefined };
  const exports = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8' });
  const started = /WARMLINE_TEST_DATABASE_URL=(\S+)/.exec(exports)?.[1];
  const folder = /WARMLINE_TEST_PG_DIR=(\S+)/.exec(exports)?.[1];
  if (!started || !folder) throw new Error(`scripts/test-postgres.sh start printed no URL:\n${exports}`);
  return { url: started, stop: () => execFileSync('bash', [SCRIPT, 'stop', folder]) };
}

/** A new empty database on the cluster; its URL, and how to drop it. */
export async function createDatabase(adminUrl: string, prefix = 'wl_test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
