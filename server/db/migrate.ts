/** Numbered SQL migrations (server/db/migrations/NNNN_name.sql), applied in order at start. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './types.ts';

export const APP_ROLE = 'warmline_app';
const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
/** Any fixed number: instances starting together on one Postgres take turns. */
const MIGRATION_LOCK = 7_401_117;

export type Migration = { version: number; name: string; sql: string };

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 4)), name: file, sql: readFileSync(join(dir, file), 'utf8') }));
}

/** Applies what is missing, each migration in its own transaction; returns the names applied. */
export async function migrate(db: Db, migrations = listMigrations()): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS warmline_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const [row] = await tx.query('SELECT 1 FROM warmline_migrations WHERE version = $1', [migration.version]);
      if (row) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO warmline_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  await assertAppRoleIsConfined(db);
  return applied;
}

/** Refuses to serve if the request role could see past row-level security. */
async function assertAppRoleIsConfined(db: Db): Promise<void> {
  const [role] = await db.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
    [APP_ROLE],
  );
  if (!role) throw new Error(`The database has no role ${APP_ROLE}: the migrations did not run.`);
  if (role.rolsuper || role.rolbypassrls) {
    throw new Error(`The role ${APP_ROLE} is a superuser or bypasses row-level security; run ALTER ROLE ${APP_ROLE} NOSUPERUSER NOBYPASSRLS.`);
  }
}
