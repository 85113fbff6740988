/**
 * The sync engine (TEAM.md, "Sync"): it lives in the background. Each run pushes the outbox, then
 * pulls until nothing more; runs never overlap (a request during one makes it run once more). It
 * runs on joining, after every local change, when a panel or the popup opens, on the alarm, and at
 * once when the server pokes. Everything it knows is in IndexedDB, so a restarted service worker
 * simply carries on. A server that does not answer is tried again with backoff; a token the server
 * no longer takes ends the session here (the team's data goes, the user's own flags stay).
 */
import { forgetTeam, getMeta, META, startTeamSession, updateTeamSession, updateTeamSync, type StoreName } from '../db';
import type { TeamSession } from '../model';
import { TeamApiError, TeamClient } from './client';
import { PokeConnection, type OpenSocket } from './poke';
import { pullAll } from './pull';
import { pushOutbox } from './push';
import { checkServerUrl, pokeUrl } from './server-url';
import { joinProblem, leftMessage, revokedMessage, syncProblemOf, type JoinProblem } from './words';

export type SyncDeps = {
  fetch: typeof fetch;
  /** Opens the poke socket; none (tests of the HTTP side) means pulls on request and alarm only. */
  openSocket?: OpenSocket;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  now?: () => Date;
  /** Heard after every run that changed stores (the background relays it to the panels). */
  onSynced?: (stores: StoreName[]) => void;
};

export type SyncResult =
  | { ok: true; stores: StoreName[]; sent: number; pages: number }
  | { ok: false; reason: 'not-joined' | 'signed-out' | 'failed'; message?: string };

export type JoinOutcome = { ok: true; session: TeamSession } | ({ ok: false } & JoinProblem);

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 60_000;

export class TeamSync {
  private readonly deps: SyncDeps;
  private running: Promise<SyncResult> | null = null;
  private again = false;
  private retryTimer: unknown = null;
  private retryMs = RETRY_FIRST_MS;
  private poke: PokeConnection | null = null;

  constructor(deps: SyncDeps) {
    this.deps = deps;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  private setTimer(run: () => void, ms: number): unknown {
    return (this.deps.setTimer ?? ((r, t) => setTimeout(r, t)))(run, ms);
  }

  private clearTimer(timer: unknown): void {
    (this.deps.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>)))(timer);
  }

  /** Push, then pull to the end. Resolves once a run that began after this call has finished. */
  sync(): Promise<SyncResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.loop().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  /** Runs until nobody asked for another run meanwhile; what each run did adds up. */
  private async loop(): Promise<SyncResult> {
    // A retry that was waiting is this run now.
    this.clearRetry();
    const total = { stores: new Set<StoreName>(), sent: 0, pages: 0 };
    let result: SyncResult;
    do {
      this.again = false;
      result = await this.once();
      if (!result.ok) return result;
      for (const store of result.stores) total.stores.add(store);
      total.sent += result.sent;
      total.pages += result.pages;
    } while (this.again);
    return { ok: true, stores: [...total.stores], sent: total.sent, pages: total.pages };
  }

  private async signedIn(): Promise<{ session: TeamSession; client: TeamClient } | undefined> {
    const [session, token] = await Promise.all([getMeta(META.teamSession), getMeta(META.teamToken)]);
    if (!session || !token || token.server !== session.server) return undefined;
    return { session, client: new TeamClient(session.server, token.token, this.deps.fetch) };
  }

  private async once(): Promise<SyncResult> {
    const signed = await this.signedIn();
    if (!signed) return { ok: false, reason: 'not-joined' };
    const { session, client } = signed;
    const who = { server: session.server, userId: session.user.id };
    try {
      const state = await getMeta(META.teamSync);
      const pushed = await pushOutbox(client, { ...who, gen: state?.gen ?? 1 });
      const pulled = await pullAll(client, who);
      if (pulled.resync === 'access-changed') await this.refreshMe(client);
      await updateTeamSync(({ problem: _ok, ...rest }) => ({ ...rest, lastAttemptAt: this.now().toISOString(), lastSyncAt: this.now().toISOString() }));
      this.retryMs = RETRY_FIRST_MS;
      this.clearRetry();
      const stores = [...new Set([...pushed.stores, ...pulled.stores])];
      if (stores.length) this.deps.onSynced?.(stores);
      return { ok: true, stores, sent: pushed.sent, pages: pulled.pages };
    } catch (error) {
      if (error instanceof TeamApiError && error.kind === 'unauthorized') {
        await this.signedOut(session);
        return { ok: false, reason: 'signed-out', message: error.message };
      }
      const problem = syncProblemOf(error);
      await updateTeamSync((state) => ({
        ...state,
        lastAttemptAt: this.now().toISOString(),
        problem: { ...problem, since: state.problem?.since ?? this.now().toISOString() },
      }));
      this.retryLater();
      return { ok: false, reason: 'failed', message: problem.message };
    }
  }

  private async refreshMe(client: TeamClient): Promise<void> {
    const me = await client.me();
    await updateTeamSession({ user: me.user, teams: me.teams });
  }

  private clearRetry(): void {
    if (this.retryTimer) this.clearTimer(this.retryTimer);
    this.retryTimer = null;
  }

  private retryLater(): void {
    if (this.retryTimer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    this.retryTimer = this.setTimer(() => {
      this.retryTimer = null;
      void this.sync();
    }, wait);
  }

  /** The token no longer works: the team's data goes from this browser, the user's own flags stay. */
  private async signedOut(session: TeamSession): Promise<void> {
    this.disconnect();
    this.clearRetry();
    await forgetTeam(session.user.id, () => ({
      server: session.server,
      reason: 'revoked',
      message: revokedMessage(session.server, session.teams.map((team) => team.name)),
      at: this.now().toISOString(),
    }));
    this.deps.onSynced?.(['relationships', 'content', 'intros', 'outbox', 'conflicts']);
  }

  /** Keeps the poke socket open while signed in (idempotent: call it whenever the worker wakes). */
  async connect(): Promise<void> {
    const open = this.deps.openSocket;
    if (!open) return;
    const [session, token] = await Promise.all([getMeta(META.teamSession), getMeta(META.teamToken)]);
    if (!session || !token) return this.disconnect();
    const url = pokeUrl(session.server);
    if (this.poke?.matches(url, token.token)) {
      this.poke.nudge();
      return;
    }
    this.poke?.stop();
    this.poke = new PokeConnection({
      url,
      token: token.token,
      open,
      ...(this.deps.setTimer ? { setTimer: this.deps.setTimer } : {}),
      ...(this.deps.clearTimer ? { clearTimer: this.deps.clearTimer } : {}),
      events: {
        onReady: () => void this.sync(),
        onPoke: () => void this.sync(),
        // The server closed for a revoked token: the next request says so for sure.
        onSignedOut: () => void this.sync(),
      },
    });
    this.poke.start();
  }

  get pokeConnected(): boolean {
    return this.poke?.connected ?? false;
  }

  disconnect(): void {
    this.poke?.stop();
    this.poke = null;
  }

  /**
   * Joins with an invite or device code: checks the address (https, or http to this computer),
   * that a Warmline Team server answers there, redeems the code, keeps the session and its token,
   * then pulls what the team shares and starts listening for pokes.
   */
  async join(serverInput: string, code: string, device?: string): Promise<JoinOutcome> {
    const checked = checkServerUrl(serverInput);
    if (!checked.ok) return { ok: false, field: 'url', message: checked.error };
    const server = checked.url;
    if (!code.trim()) return { ok: false, field: 'code', message: 'Paste the invite code your admin sent you (it starts with wli_), or a device code from your other browser (wld_).' };
    const anonymous = new TeamClient(server, null, this.deps.fetch);
    let session: TeamSession;
    try {
      await anonymous.health();
      const joined = await anonymous.join(code.trim(), device);
      session = {
        server,
        user: joined.user,
        teams: joined.teams,
        ...(device ? { device } : {}),
        joinedAt: this.now().toISOString(),
        sharedChoiceMade: false,
      };
      await startTeamSession(session, { server, token: joined.token });
    } catch (error) {
      return { ok: false, ...joinProblem(error, server) };
    }
    this.retryMs = RETRY_FIRST_MS;
    await this.connect();
    void this.sync();
    return { ok: true, session };
  }

  /**
   * Leaves the team: this browser's token is revoked on the server, then the team's data goes
   * from here and the user's own flags stay as local ones. When the server cannot be reached the
   * browser leaves all the same, and says the token is still valid there.
   */
  async leave(): Promise<{ ok: true; message: string }> {
    const signed = await this.signedIn();
    const session = signed?.session ?? (await getMeta(META.teamSession));
    if (!session) return { ok: true, message: 'This browser is not in a team.' };
    let serverTold = true;
    if (signed) {
      // What waits to go out goes first, if the server answers.
      await this.sync();
      try {
        const current = (await signed.client.tokens()).tokens.find((token) => token.current);
        if (current) await signed.client.revokeToken(current.id);
      } catch (error) {
        serverTold = error instanceof TeamApiError && error.kind === 'unauthorized';
      }
    }
    this.disconnect();
    this.clearRetry();
    const teams = session.teams.map((team) => team.name);
    const untold = serverTold ? '' : ' The server could not be told: ask your admin to sign this browser out there.';
    const { message } = await forgetTeam(session.user.id, ({ kept }) => ({
      server: session.server,
      reason: 'left',
      message: leftMessage(session.server, teams, kept) + untold,
      at: this.now().toISOString(),
    }));
    this.deps.onSynced?.(['relationships', 'content', 'intros', 'outbox', 'conflicts']);
    return { ok: true, message };
  }

  /** The signed-in client, for what the options page asks of the server (insights, admin, devices). */
  async client(): Promise<TeamClient | undefined> {
    return (await this.signedIn())?.client;
  }

  /** A request the options page made: a 401 ends the session as a sync would. */
  async call<T>(work: (client: TeamClient) => Promise<T>): Promise<T> {
    const signed = await this.signedIn();
    if (!signed) throw new TeamApiError('unauthorized', 'This browser is not in a team: join it on the Team tab.');
    try {
      return await work(signed.client);
    } catch (error) {
      if (error instanceof TeamApiError && error.kind === 'unauthorized') await this.signedOut(signed.session);
      throw error;
    }
  }
}
