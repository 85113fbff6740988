/**
 * A PostgreSQL for the contract suite: WARMLINE_TEST_DATABASE_URL when set (.ci/run starts one),
 * otherwise a throwaway cluster from scripts/test-postgres.sh, stopped when the run ends. The
 * suite never skips PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/test-postgres.sh');

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A migrated PGlite data folder as a tarball: each test store starts from a copy (initdb is slow). */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let url = process.env.WARMLINE_TEST_DATABASE_URL;
  let started: string | undefined;
  if (!url) {
    const exports = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8' });
    url = /WARMLINE_TEST_DATABASE_URL=(\S+)/.exec(exports)?.[1];
    started = /WARMLINE_TEST_PG_DIR=(\S+)/.exec(exports)?.[1];
    if (!url || !started) throw new Error(`scripts/test-postgres.sh start printed no URL:\n${exports}`);
  }
  project.provide('postgresUrl', url);

  const folder = mkdtempSync(join(tmpdir(), 'warmline-pglite-'));
  const template = join(folder, 'migrated.tar');
  const db = await openPglite();
  await migrate(db);
  writeFileSync(template, Buffer.from(await (await db.dump()).arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', template);

  return () => {
    rmSync(folder, { recursive: true, force: true });
    if (started) execFileSync('bash', [SCRIPT, 'stop', started]);
  };
}
