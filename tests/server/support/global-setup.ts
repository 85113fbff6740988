/**
 * A PostgreSQL for the contract suite: WARMLINE_TEST_DATABASE_URL when set (.ci/run starts one),
 * otherwise a throwaway cluster from scripts/test-postgres.sh, stopped when the run ends. The
 * suite never skips PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/test-postgres.sh');

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default function setup(project: TestProject): () => void {
  let url = process.env.WARMLINE_TEST_DATABASE_URL;
  let started: string | undefined;
  if (!url) {
    const exports = execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8' });
    url = /WARMLINE_TEST_DATABASE_URL=(\S+)/.exec(exports)?.[1];
    started = /WARMLINE_TEST_PG_DIR=(\S+)/.exec(exports)?.[1];
    if (!url || !started) throw new Error(`scripts/test-postgres.sh start printed no URL:\n${exports}`);
  }
  project.provide('postgresUrl', url);
  return () => {
    if (started) execFileSync('bash', [SCRIPT, 'stop', started]);
  };
}
