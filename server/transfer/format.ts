/**
 * Warmline Team's own backup format, the same whatever the engine: JSON Lines, a header then one
 * line per row, each row as PostgreSQL's to_jsonb renders it. Sync bookkeeping (spaces, entries),
 * rate limits and the epoch are not carried: an import rebuilds the first and starts a new epoch,
 * so every client resyncs after a restore or a move.
 */
export const EXPORT_FORMAT = 'warmline.team-export';
export const EXPORT_VERSION = 1;

/** In the order rows must be inserted (references point back up this list). */
export const EXPORT_TABLES = [
  'teams',
  'users',
  'memberships',
  'tokens',
  'invites',
  'relationships',
  'content_items',
  'activities',
  'feedback',
  'intro_requests',
  'audit_log',
  'applied_mutations',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export type ExportHeader = { format: typeof EXPORT_FORMAT; version: number; exportedAt: string; schema: number };
export type ExportLine = { table: ExportTable; row: Record<string, unknown> };
