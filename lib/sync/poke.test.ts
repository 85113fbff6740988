// The poke socket: against the real server (a teammate's write is pulled at once; a revoked token
// ends the session), and its reconnection backoff with a socket that never opens.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getMeta, getRelationship, META } from '../db';
import { relationship } from '../../tests/support/builders';
import { FakeBrowser, openSocket, startTeamServer, use, type TeamServer } from '../../tests/support/team-in-process';
import { PokeConnection, type SocketLike } from './poke';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server.close());

/** A teammate's browser, as raw HTTP: only the rep's store is open in this process. */
async function teammate(team: string, name: string) {
  const code = await server.invite({ team, role: 'marketer', name });
  const response = await fetch(`${server.url}/v1/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
  const { token } = (await response.json()) as { token: string };
  return {
    push: (mutations: unknown[]) =>
      fetch(`${server.url}/v1/push`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ mutations }) }),
  };
}

describe('the poke socket', () => {
  it("pulls a teammate's flag as soon as the server pokes, with nothing asked", async () => {
    const marketer = await teammate('Pokes', 'Pia Marketer');
    const rep = new FakeBrowser('rep', { openSocket });
    await use(rep);
    await rep.engine.join(server.url, await server.invite({ team: 'Pokes', role: 'rep', name: 'Pat Rep' }));
    await vi.waitFor(() => expect(rep.engine.pokeConnected).toBe(true), { timeout: 10_000 });
    await rep.engine.sync();
    const pullsBefore = rep.network.requests.filter((r) => r === 'POST /v1/pull').length;

    const flag = relationship({ id: 'poked-1', knownBy: { name: 'Pia Marketer' } });
    expect((await marketer.push([{ id: 'm-poke-1', type: 'relationship.put', baseVersion: null, record: flag, share: 'team' }])).status).toBe(200);
    await vi.waitFor(async () => expect(await getRelationship('poked-1')).toBeDefined(), { timeout: 10_000 });
    expect(rep.network.requests.filter((r) => r === 'POST /v1/pull').length).toBeGreaterThan(pullsBefore);
    rep.engine.disconnect();
  });

  it('a token revoked while the socket is open ends the session here, and says so', async () => {
    const rep = new FakeBrowser('revoked', { openSocket });
    await use(rep);
    await rep.engine.join(server.url, await server.invite({ team: 'Pokes', role: 'rep', name: 'Quinn Rep' }));
    await vi.waitFor(() => expect(rep.engine.pokeConnected).toBe(true), { timeout: 10_000 });
    const userId = (await getMeta(META.teamSession))!.user.id;
    // As an admin's revoke does: the tokens go, and the user's sockets hear it.
    await server.db.transaction(async (tx) => {
      await tx.query('UPDATE tokens SET revoked_at = now() WHERE user_id = $1', [userId]);
      await tx.query('SELECT pg_notify($1, $2)', ['warmline_poke', `a:${userId}`]);
    });
    await vi.waitFor(async () => expect(await getMeta(META.teamEnded)).toMatchObject({ reason: 'revoked' }), { timeout: 10_000 });
    expect(await getMeta(META.teamSession)).toBeUndefined();
    expect(rep.engine.pokeConnected).toBe(false);
  });
});

describe('reconnecting', () => {
  it('tries again after 1 s, doubling to 60 s, and at once when nudged', () => {
    const timers: Array<{ run: () => void; ms: number }> = [];
    let opened = 0;
    const neverOpens = (): SocketLike => {
      opened++;
      const socket: SocketLike = { readyState: 0, send: () => undefined, close: () => undefined, onopen: null, onmessage: null, onclose: null, onerror: null };
      queueMicrotask(() => socket.onclose?.({ code: 1006 }));
      return socket;
    };
    const connection = new PokeConnection({
      url: 'ws://127.0.0.1:1/v1/poke',
      token: 'wlt_x',
      open: neverOpens,
      events: { onReady: () => undefined, onPoke: () => undefined, onSignedOut: () => undefined },
      setTimer: (run, ms) => timers.push({ run, ms }),
      clearTimer: () => undefined,
    });
    return (async () => {
      connection.start();
      const waits: number[] = [];
      for (let i = 0; i < 9; i++) {
        await Promise.resolve();
        const next = timers.shift()!;
        waits.push(next.ms);
        next.run();
      }
      expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
      expect(opened).toBe(10);
      connection.stop();
    })();
  });
});
