import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AdminTeam, AdminUser } from '../../../lib/model';
import type { TeamAdminReply } from '../../../lib/protocol/replies';
import { send } from '../../../lib/protocol/send';
import type { RequestOf } from '../../../lib/protocol/types';
import { errorMessage } from '../../../components/error-message';

export type AdminOp = RequestOf<'team:admin'>['op'];

/** One admin request through the background (which holds the token); a failure comes back in words. */
export async function adminRequest(op: AdminOp): Promise<TeamAdminReply> {
  try {
    return await send('team:admin', { op });
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** The people and teams of the server, read when asked to. */
export function usePeople(): { users: AdminUser[]; teams: AdminTeam[]; error: string; reload(): void } {
  const [state, setState] = useState<{ users: AdminUser[]; teams: AdminTeam[]; error: string }>({ users: [], teams: [], error: '' });
  const reload = useCallback(() => {
    void Promise.all([adminRequest({ kind: 'users' }), adminRequest({ kind: 'teams' })]).then(([users, teams]) => {
      if (!users.ok) return setState((current) => ({ ...current, error: users.error }));
      if (!teams.ok) return setState((current) => ({ ...current, error: teams.error }));
      setState({ users: users.kind === 'users' ? users.users : [], teams: teams.kind === 'teams' ? teams.teams : [], error: '' });
    });
  }, []);
  useEffect(reload, []);
  return { ...state, reload };
}
