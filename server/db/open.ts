/** The configured engine, migrated: PostgreSQL with DATABASE_URL, otherwise PGlite in the data folder. */
import type { Config } from '../config.ts';
import { pgliteDir } from '../data-dir.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import type { Db } from './types.ts';

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'listenUrl' | 'poolSize' | 'dataDir'>): Promise<Db> {
  const db = config.databaseUrl
    ? await openPostgres({ url: config.databaseUrl, listenUrl: config.listenUrl ?? undefined, poolSize: config.poolSize })
    : await openPglite(pgliteDir(config.dataDir));
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
