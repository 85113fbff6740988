/** A fresh, migrated store per test file on each engine: PGlite in memory, or a new PostgreSQL database. */
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { migrate } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { openPostgres } from '../../../server/db/postgres.ts';
import type { Db, Engine } from '../../../server/db/types.ts';
import { createDatabase } from './postgres.ts';

export const ENGINES: Engine[] = ['pglite', 'postgres'];

export type TestDb = Db & { url: string | null };

/** A new empty PostgreSQL database on the test cluster; its URL and how to drop it. */
export const newPostgresDatabase = () => createDatabase(inject('postgresUrl'));

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
