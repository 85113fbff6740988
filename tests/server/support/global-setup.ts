/**
 * A PostgreSQL for the contract suite: WARMLINE_TEST_DATABASE_URL when set (.ci/run starts one),
 * otherwise a throwaway cluster from scripts/test-postgres.sh, stopped when the run ends. The
 * suite never skips PostgreSQL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { testCluster } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A migrated PGlite data folder as a tarball: each test store starts from a copy (initdb is slow). */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = testCluster();
  project.provide('postgresUrl', cluster.url);

  const folder = mkdtempSync(join(tmpdir(), 'warmline-pglite-'));
  const template = join(folder, 'migrated.tar');
  const db = await openPglite();
  await migrate(db);
  writeFileSync(template, Buffer.from(await (await db.dump()).arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', template);

  return () => {
    rmSync(folder, { recursive: true, force: true });
    cluster.stop();
  };
}
