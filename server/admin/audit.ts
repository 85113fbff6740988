/** The audit log: who, when, what, before and after, written in the write's own transaction. */
import type { Tx } from '../db/types.ts';

export type Actor = { id: string | null; name: string };
export type AuditEntry = { action: string; kind: string; recordId: string; before?: unknown; after?: unknown };

/** What the audit keeps of a private flag: that it changed, not what it says (admins read the log). */
export const PRIVATE_REDACTED = { share: 'private', redacted: true } as const;

export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (actor_id, actor_name, action, kind, record_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [actor.id, actor.name, entry.action, entry.kind, entry.recordId, json(entry.before), json(entry.after)],
  );
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export type AuditRow = {
  id: number;
  at: string;
  actor: { id: string | null; name: string };
  action: string;
  kind: string;
  recordId: string;
  before: unknown;
  after: unknown;
};

/** Newest first; `before` pages back from an id. */
export async function readAudit(tx: Tx, { limit, before }: { limit: number; before?: number }): Promise<AuditRow[]> {
  const rows = await tx.query<{
    id: number; at: Date; actor_id: string | null; actor_name: string; action: string; kind: string;
    record_id: string; before: unknown; after: unknown;
  }>(
    `SELECT id, at, actor_id, actor_name, action, kind, record_id, before, after FROM audit_log
     WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2`,
    [before ?? null, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: { id: row.actor_id, name: row.actor_name },
    action: row.action,
    kind: row.kind,
    recordId: row.record_id,
    before: row.before,
    after: row.after,
  }));
}
