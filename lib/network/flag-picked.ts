/** The triage's reads and its one write: rows from the store's view, picked rows to flags. */
import { listActivities, listRelationships } from '../db';
import { metaFor } from '../flags/build';
import { isMine } from '../flags/mine';
import { newFlagId } from '../flags/save';
import type { Settings, Share, StoredRelationship } from '../model';
import { storeFlags } from '../sync/local-writes';
import type { Connection } from './connections-csv';
import { myPeople, planFlags, teamAccounts, triageRows, type TriageChoice, type TriageRow } from './triage';

/** The connections as triage rows: team accounts and the user's existing flags marked. */
export async function loadTriageRows(connections: readonly Connection[], userName: string): Promise<TriageRow[]> {
  const [flags, activities] = await Promise.all([listRelationships(), listActivities()]);
  const mine = flags.filter((flag) => isMine(flag, userName));
  return triageRows(connections, teamAccounts(flags, activities), myPeople(mine));
}

export type FlagPickedResult = { added: number; updated: number; flags: StoredRelationship[] };

/**
 * Flags the picked rows in one transaction. With a team the new flags go out shared or private
 * as chosen (nothing of the import leaves the browser before this); without one they stay here.
 */
export async function flagPicked(
  rows: readonly TriageRow[],
  choice: TriageChoice,
  settings: Pick<Settings, 'name' | 'email' | 'team'>,
  share: Share,
  now = new Date(),
): Promise<FlagPickedResult> {
  if (!settings.name.trim()) throw new Error('Put your name in Settings first: each flag says who knows the person.');
  const mine = (await listRelationships()).filter((flag) => isMine(flag, settings.name));
  const planned = planFlags(rows, choice, { settings, people: myPeople(mine), now, newId: newFlagId });
  const flags = await storeFlags(
    planned.map(({ rel, existing }) => ({ rel, meta: metaFor(existing, now), ...(existing ? { existing } : { share }) })),
  );
  const updated = planned.filter((plan) => plan.existing).length;
  return { added: planned.length - updated, updated, flags };
}
