/**
 * Sets who is asking for the rest of the transaction and drops to the request role, in one
 * statement (PostgREST does the same). Everything after this obeys row-level security.
 */
import type { Caller } from '../auth/caller.ts';
import { isEditor, readableSpaces } from '../sync/spaces.ts';
import { APP_ROLE } from './migrate.ts';
import type { Tx } from './types.ts';

export async function actAs(tx: Tx, caller: Caller, managedUser: string | null = null): Promise<void> {
  await tx.query(
    `SELECT set_config('warmline.user_id', $1, true), set_config('warmline.role', $2, true),
            set_config('warmline.team_ids', $3, true), set_config('warmline.editor_team_ids', $4, true),
            set_config('warmline.spaces', $5, true), set_config('warmline.managed_user', $6, true),
            set_config('role', $7, true)`,
    [
      caller.userId,
      caller.role,
      caller.teamIds.join(','),
      isEditor(caller.role) ? caller.teamIds.join(',') : '',
      readableSpaces({ id: caller.userId, role: caller.role, teamIds: caller.teamIds }).join(','),
      managedUser ?? '',
      APP_ROLE,
    ],
  );
}
