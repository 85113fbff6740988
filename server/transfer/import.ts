/**
 * Reads an export into an empty store, all or nothing: rows go in as they were (ids, hashes,
 * timestamps), then the sync bookkeeping is rebuilt and a new epoch makes every client resync.
 */
import type { Db, Tx } from '../db/types.ts';
import { analyzeSyncTables } from '../housekeeping.ts';
import { ChangeSet } from '../sync/changes.ts';
import { spacesOf } from '../sync/mutations/relationships.ts';
import { contentSpaces, eventSpaces, introSpaces } from '../sync/spaces.ts';
import { EXPORT_FORMAT, EXPORT_TABLES, EXPORT_VERSION, type ExportHeader, type ExportTable } from './format.ts';

const BATCH = 500;

export class ImportError extends Error {}

export async function importStore(db: Db, lines: AsyncIterable<string>): Promise<Record<string, number>> {
  return db.transaction(async (tx) => {
    const [used] = await tx.query<{ n: number }>('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM teams) AS n');
    if (used!.n > 0) throw new ImportError('This store already has teams or users: import only into an empty one.');
    const [schema] = await tx.query<{ version: number }>('SELECT max(version) AS version FROM warmline_migrations');

    const counts: Record<string, number> = Object.fromEntries(EXPORT_TABLES.map((table) => [table, 0]));
    const pending = new Map<ExportTable, Record<string, unknown>[]>();
    const flush = async (table: ExportTable) => {
      const rows = pending.get(table);
      if (!rows?.length) return;
      await tx.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(rows)]);
      counts[table] = (counts[table] ?? 0) + rows.length;
      pending.set(table, []);
    };

    let lineNumber = 0;
    let header: ExportHeader | undefined;
    let lastTable = -1;
    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new ImportError(`line ${lineNumber}: not JSON`);
      }
      if (!header) {
        header = checkHeader(value, schema!.version);
        continue;
      }
      const { table, row } = (value ?? {}) as { table?: unknown; row?: unknown };
      const index = EXPORT_TABLES.indexOf(table as ExportTable);
      if (index < 0 || typeof row !== 'object' || row === null) throw new ImportError(`line ${lineNumber}: expected {"table": one of ${EXPORT_TABLES.join(', ')}, "row": {…}}`);
      if (index < lastTable) throw new ImportError(`line ${lineNumber}: ${String(table)} rows must come before ${EXPORT_TABLES[lastTable]} rows`);
      if (index > lastTable && lastTable >= 0) await flush(EXPORT_TABLES[lastTable]!);
      lastTable = index;
      const rows = pending.get(table as ExportTable) ?? [];
      rows.push(row as Record<string, unknown>);
      pending.set(table as ExportTable, rows);
      if (rows.length >= BATCH) await flush(table as ExportTable);
    }
    if (!header) throw new ImportError('The file is empty.');
    if (lastTable >= 0) await flush(EXPORT_TABLES[lastTable]!);

    await tx.query(`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((SELECT max(id) FROM audit_log), 0) + 1, false)`);
    await rebuildSyncEntries(tx);
    await tx.query(`UPDATE server_meta SET value = gen_random_uuid()::text WHERE key = 'epoch'`);
    // The planner learns the new tables' sizes now (ANALYZE), not when autovacuum gets to them.
    await analyzeSyncTables(tx);
    return counts;
  });
}

function checkHeader(value: unknown, schema: number): ExportHeader {
  const header = value as Partial<ExportHeader> | null;
  if (header?.format !== EXPORT_FORMAT) throw new ImportError(`line 1: not a Warmline Team export (format should be "${EXPORT_FORMAT}")`);
  if (header.version !== EXPORT_VERSION || typeof header.schema !== 'number' || header.schema > schema) {
    throw new ImportError('line 1: made by a newer Warmline server: upgrade this one first');
  }
  return header as ExportHeader;
}

/** Every record's entries in the spaces it is in, as if each had just been written (as the owner). */
export async function rebuildSyncEntries(tx: Tx): Promise<void> {
  const changes = new ChangeSet();
  for (const row of await tx.query<{ id: string; owner_id: string; share: 'team' | 'private'; team_ids: string[] }>(
    'SELECT id, owner_id::text, share, team_ids::text[] AS team_ids FROM relationships',
  )) changes.touch(spacesOf(row), 'relationship', row.id);
  for (const row of await tx.query<{ id: string; team_id: string | null; status: 'draft' | 'approved' | 'retired' }>(
    'SELECT id, team_id::text, status FROM content_items',
  )) changes.touch(contentSpaces({ teamId: row.team_id, status: row.status }), 'content', row.id);
  for (const kind of ['activity', 'feedback'] as const) {
    const table = kind === 'activity' ? 'activities' : 'feedback';
    for (const row of await tx.query<{ id: string; actor_id: string }>(`SELECT id, actor_id::text FROM ${table}`)) {
      changes.touch(eventSpaces(row.actor_id), kind, row.id);
    }
  }
  for (const row of await tx.query<{ id: string; requester_id: string; holder_id: string }>(
    'SELECT id, requester_id::text, holder_id::text FROM intro_requests',
  )) changes.touch(introSpaces({ requesterId: row.requester_id, holderId: row.holder_id }), 'intro', row.id);
  await changes.flush(tx);
}
