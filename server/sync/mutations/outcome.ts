import type { Change, MutationResult, RecordKind } from '../../../lib/model/index.ts';
import type { Work } from '../../store.ts';
import { loadChange } from '../records.ts';

export type Outcome = Omit<MutationResult, 'id' | 'replayed'>;

export const applied = (change: Change | null): Outcome => ({ status: 'applied', change });
export const notFound = (message: string): Outcome => ({ status: 'not-found', change: null, message });

/** Nothing changed; the caller gets the record as they may see it (null when they may not). */
export async function refused(work: Work, status: 'conflict' | 'forbidden' | 'superseded', kind: RecordKind, id: string, message: string): Promise<Outcome> {
  return { status, change: await loadChange(work.tx, kind, id, work.caller.userId), message };
}

/** The record as the caller now sees it: what an applied mutation answers. */
export async function current(work: Work, kind: RecordKind, id: string): Promise<Outcome> {
  return applied(await loadChange(work.tx, kind, id, work.caller.userId));
}
