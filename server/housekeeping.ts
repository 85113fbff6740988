/**
 * Periodic tidying, safe to run on every instance at once: gone markers, answered mutation ids,
 * rate-limit windows and dead codes older than their use. Purging gone markers raises the space's
 * purged_through, so a cursor from before it answers "resync" instead of missing a deletion.
 * And the tables a pull reads are analyzed (below).
 */
import { dropOldWindows } from './auth/rate-limit.ts';
import type { Db, Tx } from './db/types.ts';

export const KEEP_DAYS = 90;

export async function tidy(db: Db, keepDays = KEEP_DAYS): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `WITH purged AS (
         DELETE FROM sync_entries WHERE gone AND changed_at < now() - make_interval(days => $1) RETURNING space, version)
       UPDATE spaces s SET purged_through = greatest(s.purged_through, p.version)
       FROM (SELECT space, max(version) AS version FROM purged GROUP BY space) p WHERE s.key = p.space`,
      [keepDays],
    );
    await tx.query('DELETE FROM applied_mutations WHERE applied_at < now() - make_interval(days => $1)', [keepDays]);
    await tx.query('DELETE FROM invites WHERE expires_at < now() - make_interval(days => $1)', [keepDays]);
  });
  await dropOldWindows(db);
  await db.transaction(analyzeSyncTables);
}

/**
 * Refreshes the planner's statistics on the tables a pull reads. Without them (PGlite runs no
 * autovacuum; Postgres's comes late after a bulk write) the planner takes a big space for a few
 * rows and reads and sorts all of it for every page, instead of walking its version index.
 */
export async function analyzeSyncTables(tx: Pick<Tx, 'query'>): Promise<void> {
  await tx.query('ANALYZE sync_entries, spaces, relationships, content_items');
}
