/**
 * Warmline Team in the background: the one sync engine (lib/sync/engine.ts), when it runs (on
 * joining, after local changes, when a panel or the popup opens, every minute on an alarm, and at
 * once on a poke), and what the options page asks of the server. Only the background holds the
 * token: pages ask by command and hear back results, never the token.
 */
import { browser } from 'wxt/browser';
import { getMeta, getSettings, META, saveSettings, type StoreName } from '../db';
import type { TeamAdminReply, TeamJoinReply, TeamReply, TeamSyncReply } from '../protocol/replies';
import type { CheckedRequestOf } from '../protocol/types';
import type { Handlers } from '../protocol/router';
import type { TeamClient } from '../sync/client';
import { TeamSync } from '../sync/engine';
import type { SocketLike } from '../sync/poke';
import { requestProblem } from '../sync/words';

const ALARM = 'team:pull';
/** The alarm's period: the fallback when no poke comes (Chrome's shortest is half a minute). */
const PULL_EVERY_MINUTES = 1;
/** A panel opening pulls, unless a sync began this recently. */
const FRESH_MS = 5000;

let engine: TeamSync | undefined;
let lastRun = 0;

function teamSync(): TeamSync {
  engine ??= new TeamSync({
    fetch: (input, init) => fetch(input, init),
    openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
  });
  return engine;
}

function run(): Promise<TeamSyncReply> {
  lastRun = Date.now();
  return teamSync().sync();
}

/** The worker woke (start-up, install, an alarm): listen for pokes and catch up, if in a team. */
export async function wakeTeamSync(): Promise<void> {
  if (!(await getMeta(META.teamSession))) {
    await browser.alarms.clear(ALARM);
    return;
  }
  if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { periodInMinutes: PULL_EVERY_MINUTES, delayInMinutes: PULL_EVERY_MINUTES });
  await teamSync().connect();
  void run();
}

export async function onTeamAlarm(name: string): Promise<void> {
  if (name === ALARM) await wakeTeamSync();
}

/** A local change went into the outbox: push it now. */
export function teamStoresChanged(stores: readonly StoreName[]): void {
  if (stores.includes('outbox')) void run();
}

/** A panel opened: what the team changed meanwhile comes now (a poke may have been missed). */
export function panelOpened(): void {
  if (Date.now() - lastRun > FRESH_MS) void getMeta(META.teamSession).then((session) => session && run());
}

async function ask<T extends object>(work: (client: TeamClient) => Promise<T>): Promise<TeamReply<T>> {
  try {
    return { ok: true, ...(await teamSync().call(work)) };
  } catch (error) {
    return { ok: false, error: requestProblem(error) };
  }
}

async function admin({ op }: CheckedRequestOf<'team:admin'>): Promise<TeamAdminReply> {
  switch (op.kind) {
    case 'users':
      return ask(async (client) => ({ kind: 'users' as const, users: (await client.adminUsers()).users }));
    case 'teams':
      return ask(async (client) => ({ kind: 'teams' as const, teams: (await client.adminTeams()).teams }));
    case 'invite':
      return ask(async (client) => ({ kind: 'invite' as const, ...(await client.invite(op.invite)) }));
    case 'change':
      return ask(async (client) => ({
        kind: 'change' as const,
        ...(await client.changeUser(op.userId, { ...(op.role ? { role: op.role } : {}), ...(op.teams ? { teams: op.teams } : {}) })),
      }));
    case 'revoke':
      return ask(async (client) => ({ kind: 'revoke' as const, ...(await client.revokeUser(op.userId)) }));
    case 'remove':
      return ask(async (client) => ({
        kind: 'remove' as const,
        ...(await client.removeUser(op.userId, { sharedFlags: op.sharedFlags, ...(op.transferTo ? { transferTo: op.transferTo } : {}) })),
      }));
    case 'audit':
      return ask(async (client) => ({ kind: 'audit' as const, ...(await client.audit(op.before ? { before: op.before } : {})) }));
  }
}

export const teamCommands = {
  async 'team:join'({ server, code, device }): Promise<TeamJoinReply> {
    const outcome = await teamSync().join(server, code, device);
    if (!outcome.ok) return outcome;
    await wakeTeamSync();
    const { user, teams } = outcome.session;
    // A new browser's name and team come from the server (what is set here stays).
    const settings = await getSettings();
    await saveSettings({ ...(settings.name.trim() ? {} : { name: user.name }), ...(settings.team.trim() || !teams[0] ? {} : { team: teams[0].name }) });
    return { ok: true, name: user.name, role: user.role, teams: teams.map((team) => team.name) };
  },
  'team:sync': () => run(),
  'team:catch-up'() {
    panelOpened();
    return { ok: true };
  },
  async 'team:leave'() {
    const left = await teamSync().leave();
    await browser.alarms.clear(ALARM);
    return left;
  },
  'team:device-code': () => ask((client) => client.deviceCode()),
  'team:insights': ({ team, weeks }) => ask(async (client) => ({ insights: await client.insights({ ...(team ? { team } : {}), ...(weeks ? { weeks } : {}) }) })),
  'team:admin': admin,
} satisfies Pick<Handlers, 'team:join' | 'team:sync' | 'team:catch-up' | 'team:leave' | 'team:device-code' | 'team:insights' | 'team:admin'>;
