import { useEffect, useState } from 'preact/hooks';
import { countOutbox, getMeta, listConflicts, META, type StoreName } from '../lib/db';
import type { TeamConflict, TeamEnded, TeamPolicy, TeamSession, TeamSyncState } from '../lib/model';
import { useStoredValue, useStoreVersion } from './hooks';

export type TeamView = {
  session?: TeamSession;
  sync?: TeamSyncState;
  ended?: TeamEnded;
  policy: TeamPolicy;
  /** Changes waiting to go out. */
  waiting: number;
  conflicts: TeamConflict[];
};

const STORES: StoreName[] = ['meta', 'outbox', 'conflicts', 'relationships', 'content'];
/** The sync state changes with every pull and is not announced (it would make every panel ask again): read it this often. */
const REFRESH_MS = 2000;

async function loadTeam(): Promise<TeamView> {
  const [session, sync, ended, policy, waiting, conflicts] = await Promise.all([
    getMeta(META.teamSession),
    getMeta(META.teamSync),
    getMeta(META.teamEnded),
    getMeta(META.teamPolicy),
    countOutbox(),
    listConflicts(),
  ]);
  return { ...(session ? { session } : {}), ...(sync ? { sync } : {}), ...(ended ? { ended } : {}), policy, waiting, conflicts };
}

/** This browser's team connection as the pages show it (never the token), kept current. */
export function useTeam(): TeamView | undefined {
  const version = useStoreVersion(STORES);
  const [tick, setTick] = useState(0);
  const [view, setView] = useState<TeamView>();
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    let live = true;
    loadTeam().then(
      // Only a change re-renders: the page reads this every two seconds.
      (next) => live && setView((current) => (current && JSON.stringify(current) === JSON.stringify(next) ? current : next)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version, tick]);
  return view;
}

const SESSION_STORES: StoreName[] = ['meta'];
const readSession = () => getMeta(META.teamSession);

/** Who this browser is signed in as in a team (role, teams), or undefined; fresh when it changes. */
export function useTeamSession(): [TeamSession | undefined, boolean] {
  return useStoredValue<TeamSession | undefined>(readSession, SESSION_STORES, undefined);
}
