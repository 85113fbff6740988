/**
 * The server as people run it: `npm run server` on PGlite (lock, CLI beside it, poke socket,
 * SIGTERM), the move to PostgreSQL through server:export / server:import, and two server processes
 * on one PostgreSQL, where a flag pushed through one is pulled, and poked, through the other.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPostgresDatabase } from './support/engines.ts';
import { cli, http, lastLine, PokeClient, run, startServer, type ServerProcess } from './support/process.ts';
import { putFlag, relationship } from './support/records.ts';

const joinWith = async (url: string, code: string) => {
  const reply = await http(url, 'POST', '/v1/join', { body: { code } });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body as { token: string; user: { id: string } };
};

describe('npm run server on PGlite', () => {
  let data: string;
  let server: ServerProcess;
  let env: Record<string, string>;

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'warmline-data-'));
    env = { WARMLINE_DATA: data, WARMLINE_HEARTBEAT_SECONDS: '0.2' };
    server = await startServer(env, { viaNpm: true });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(data, { recursive: true, force: true });
  });

  it('answers /healthz, says how to make the first admin, and keeps its data to itself', async () => {
    expect(await http(server.url, 'GET', '/healthz')).toEqual({ status: 200, body: { ok: true, engine: 'pglite' } });
    expect(server.output()).toContain('npm run --silent server:invite -- --team');
    expect(statSync(join(data, 'admin-secret')).mode & 0o777).toBe(0o600);
    const second = await run(process.execPath, ['server/bin/server.ts'], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('in use by another Warmline server');
  });

  it('makes invites with npm run server:invite while it runs, the code alone on the last line', async () => {
    const made = await run('npm', ['run', '--silent', 'server:invite', '--', '--team', 'Field Sales', '--role', 'admin', '--name', 'Ada Admin'], env);
    expect(made.code, made.stderr).toBe(0);
    const code = lastLine(made.stdout);
    expect(code).toMatch(/^wli_[\w-]+$/);
    const admin = await joinWith(server.url, code);
    expect((await http(server.url, 'GET', '/v1/me', { token: admin.token })).body.user).toMatchObject({ name: 'Ada Admin', role: 'admin' });
    const bad = await cli('invite', ['--team', 'Field Sales', '--role', 'boss', '--name', 'X'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--role');
  });

  it('pokes a connected client when a teammate saves a flag, with heartbeats between', async () => {
    const marketer = await joinWith(server.url, lastLine((await cli('invite', ['--team', 'Poke', '--role', 'marketer', '--name', 'Mia'], env)).stdout));
    const rep = await joinWith(server.url, lastLine((await cli('invite', ['--team', 'Poke', '--role', 'rep', '--name', 'Ravi'], env)).stdout));
    const client = new PokeClient(server.url);
    await client.open(rep.token);
    await client.next('heartbeat');
    const before = client.messages.length;
    const flag = relationship();
    expect((await http(server.url, 'POST', '/v1/push', { token: marketer.token, body: { mutations: [putFlag(flag)] } })).status).toBe(200);
    await client.next('poke', before);
    const pulled = await http(server.url, 'POST', '/v1/pull', { token: rep.token, body: { cursor: null } });
    expect(pulled.body.changes.map((change: { id: string }) => change.id)).toContain(flag.id);
    client.close();
  });

  it('closes a socket that does not authenticate, or comes from a web page', async () => {
    const stranger = new PokeClient(server.url);
    await stranger.opened;
    stranger.socket.send(JSON.stringify({ type: 'auth', token: 'wlt_not-a-token' }));
    expect(await stranger.closed).toEqual({ code: 4401, reason: 'invalid token' });
    const page = new PokeClient(server.url, 'https://www.linkedin.com');
    page.socket.on('error', () => undefined);
    expect((await page.closed).code).not.toBe(1000);
    expect(page.messages).toEqual([]);
  });

  it('exports while running, stops cleanly on SIGTERM, and opens its data itself when no server runs', async () => {
    const file = join(data, 'backup.jsonl');
    const exported = await cli('export', ['--out', file], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(500);

    const client = new PokeClient(server.url);
    const rep = await joinWith(server.url, lastLine((await cli('invite', ['--team', 'Poke', '--role', 'rep', '--name', 'Sid'], env)).stdout));
    await client.open(rep.token);
    expect(await server.stop('SIGTERM')).toBe(0);
    expect((await client.closed).code).toBe(1001);
    expect(existsSync(join(data, 'server.lock'))).toBe(false);

    const offline = await cli('invite', ['--team', 'Field Sales', '--role', 'rep', '--name', 'Ola Offline'], env);
    expect(offline.code, offline.stderr).toBe(0);
    server = await startServer(env);
    const later = await joinWith(server.url, lastLine(offline.stdout));
    expect((await http(server.url, 'GET', '/v1/me', { token: later.token })).body.teams).toMatchObject([{ name: 'Field Sales' }]);
    expect(server.output()).not.toContain('No admin yet');
  });

  it('moves to PostgreSQL: export, import with DATABASE_URL, and the same people sign in there', async () => {
    const file = join(data, 'move.jsonl');
    const admin = await joinWith(server.url, lastLine((await cli('invite', ['--team', 'Move', '--role', 'admin', '--name', 'Mo'], env)).stdout));
    await http(server.url, 'POST', '/v1/push', { token: admin.token, body: { mutations: [putFlag(relationship({ id: 'moved-flag' }))] } });
    expect((await cli('export', ['--out', file], env)).code).toBe(0);
    expect((await cli('import', ['--in', file], env)).stderr).toContain('stop it');

    const database = await newPostgresDatabase();
    try {
      const pgEnv = { DATABASE_URL: database.url, WARMLINE_DATA: data };
      const imported = await cli('import', ['--in', file], pgEnv);
      expect(imported.code, imported.stderr).toBe(0);
      const onPostgres = await startServer({ ...pgEnv, WARMLINE_DATA: join(data, 'pg-instance') });
      try {
        expect((await http(onPostgres.url, 'GET', '/healthz')).body.engine).toBe('postgres');
        const pulled = await http(onPostgres.url, 'POST', '/v1/pull', { token: admin.token, body: { cursor: null } });
        expect(pulled.body.changes.map((change: { id: string }) => change.id)).toContain('moved-flag');
      } finally {
        await onPostgres.stop();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('two server processes on one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof newPostgresDatabase>>;
  let one: ServerProcess;
  let two: ServerProcess;
  let folder: string;

  beforeAll(async () => {
    database = await newPostgresDatabase();
    folder = mkdtempSync(join(tmpdir(), 'warmline-two-'));
    // Both start at once on an empty database: migrations take turns.
    [one, two] = await Promise.all([
      startServer({ DATABASE_URL: database.url, WARMLINE_DATA: join(folder, 'one') }),
      startServer({ DATABASE_URL: database.url, WARMLINE_DATA: join(folder, 'two') }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('pulls, and pokes, through one what was pushed through the other', async () => {
    const env = { DATABASE_URL: database.url, WARMLINE_DATA: join(folder, 'cli') };
    const invite = async (role: string, name: string) => lastLine((await cli('invite', ['--team', 'Shared', '--role', role, '--name', name], env)).stdout);
    const marketer = await joinWith(one.url, await invite('marketer', 'Mia'));
    const rep = await joinWith(two.url, await invite('rep', 'Ravi'));

    const client = new PokeClient(two.url);
    await client.open(rep.token);
    const flag = relationship();
    const pushed = await http(one.url, 'POST', '/v1/push', { token: marketer.token, body: { mutations: [putFlag(flag)] } });
    expect(pushed.body.results[0].status).toBe('applied');
    await client.next('poke');
    const pulled = await http(two.url, 'POST', '/v1/pull', { token: rep.token, body: { cursor: null } });
    expect(pulled.body.changes).toEqual([expect.objectContaining({ op: 'put', id: flag.id, record: flag })]);

    // Revoked through the first instance: the socket on the second closes.
    const admin = await joinWith(one.url, await invite('admin', 'Ada'));
    await http(one.url, 'POST', `/v1/admin/users/${rep.user.id}/revoke`, { token: admin.token });
    expect((await client.closed).code).toBe(4401);
  });
});
