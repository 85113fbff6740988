/** Writes the whole store as JSON Lines (transfer/format.ts), from one consistent snapshot. */
import type { Db } from '../db/types.ts';
import { EXPORT_FORMAT, EXPORT_TABLES, EXPORT_VERSION, type ExportHeader } from './format.ts';

const BATCH = 1000;

/**
 * Calls `write` with each line (newline included), in order; one read-only transaction, read as
 * the owner. `write` may be async (a file or a response stream).
 */
export async function exportStore(db: Db, write: (line: string) => Promise<void> | void): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const [schema] = await tx.query<{ version: number }>('SELECT max(version) AS version FROM warmline_migrations');
    const header: ExportHeader = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), schema: schema!.version };
    await write(`${JSON.stringify(header)}\n`);
    for (const table of EXPORT_TABLES) {
      counts[table] = 0;
      // A cursor reads the table in batches without holding it all in memory.
      await tx.exec(`DECLARE rows_out NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS row FROM ${table} t`);
      for (;;) {
        const rows = await tx.query<{ row: Record<string, unknown> }>(`FETCH ${BATCH} FROM rows_out`);
        for (const { row } of rows) await write(`${JSON.stringify({ table, row })}\n`);
        counts[table] = (counts[table] ?? 0) + rows.length;
        if (rows.length < BATCH) break;
      }
      await tx.exec('CLOSE rows_out');
    }
  });
  return counts;
}
