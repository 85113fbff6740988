/** A fresh, migrated store per test file on each engine: PGlite in memory, or a new PostgreSQL database. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { openPostgres } from '../../../server/db/postgres.ts';
import type { Db, Engine } from '../../../server/db/types.ts';

export const ENGINES: Engine[] = ['pglite', 'postgres'];

export type TestDb = Db & { url: string | null };

/** A new empty PostgreSQL database on the test cluster; returns its URL and how to drop it. */
export async function newPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = inject('postgresUrl');
  const name = `wl_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export async function freshDb(engine: Engine, { poolSize = 20 } = {}): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await openPglite(undefined, new Blob([readFileSync(inject('pgliteTemplate'))]));
    await migrate(db);
    return Object.assign(db, { url: null });
  }
  const database = await newPostgresDatabase();
  const db = await openPostgres({ url: database.url, poolSize });
  await migrate(db);
  const close = db.close.bind(db);
  return Object.assign(db, {
    url: database.url,
    close: async () => {
      await close();
      await database.drop();
    },
  });
}
