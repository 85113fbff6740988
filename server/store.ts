/**
 * The one way request code touches data: a transaction as the caller (row-level security on),
 * with a ChangeSet for sync bookkeeping and an audit writer, both written before commit.
 */
import { writeAudit, type AuditEntry } from './admin/audit.ts';
import type { Caller } from './auth/caller.ts';
import { actAs } from './db/context.ts';
import type { Db, Tx } from './db/types.ts';
import { ChangeSet } from './sync/changes.ts';

export type Work = {
  tx: Tx;
  caller: Caller;
  changes: ChangeSet;
  audit(entry: AuditEntry): Promise<void>;
};

export type AsCallerOptions = {
  /** An admin changing or removing this user: their rows become the admin's to edit (RLS). */
  managedUser?: string;
};

export function asCaller<T>(db: Db, caller: Caller, fn: (work: Work) => Promise<T>, options: AsCallerOptions = {}): Promise<T> {
  return db.transaction(async (tx) => {
    await actAs(tx, caller, options.managedUser ?? null);
    const changes = new ChangeSet();
    const result = await fn({
      tx,
      caller,
      changes,
      audit: (entry) => writeAudit(tx, { id: caller.userId, name: caller.name }, entry),
    });
    await changes.flush(tx);
    return result;
  });
}
