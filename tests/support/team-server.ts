/**
 * The real team server as a process on loopback, as `npm run server` runs it: `node
 * server/bin/server.ts` with a temporary WARMLINE_DATA (PGlite) and a free port, invites made by
 * `npm run --silent server:invite`, and stopped (and started again on the same port and data, to
 * play a server that goes away and comes back). Admin requests go over HTTP with an admin's token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Role } from '../../lib/model';

const ROOT = resolve(import.meta.dirname, '..', '..');

export type TeamServerProcess = {
  /** http://127.0.0.1:<port> */
  url: string;
  /** An invite code for a new person (the CLI's last line). */
  invite(team: string, role: Role, name: string): Promise<string>;
  /** A token of an admin of `team`, made through an invite, for admin requests. */
  adminToken(team: string): Promise<string>;
  /** JSON over HTTP, as a client that is not a browser (no Origin). */
  request(method: string, path: string, options?: { token?: string; body?: unknown }): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  dispose(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

function env(dataDir: string, port: number): NodeJS.ProcessEnv {
  const { DATABASE_URL: _db, ...rest } = process.env;
  // A short heartbeat: the extension's service worker hears from the server often.
  return { ...rest, WARMLINE_DATA: dataDir, WARMLINE_PORT: String(port), WARMLINE_HOST: '127.0.0.1', WARMLINE_JOIN_ATTEMPTS: '1000' };
}

function run(command: string, args: string[], environment: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd: ROOT, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

async function spawnServer(environment: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['server/bin/server.ts'], { cwd: ROOT, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const heard = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Warmline Team server on http:\/\/\S+ .*Ready\./.test(output)) {
        child.stdout!.off('data', heard);
        ready();
      }
    };
    child.stdout!.on('data', heard);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`the team server exited (${code}) before it was ready:\n${output}`)));
  });
  return child;
}

export async function startTeamServerProcess(): Promise<TeamServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'warmline-team-e2e-'));
  const port = await freePort();
  const environment = env(dataDir, port);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = await spawnServer(environment);
  const admins = new Map<string, string>();

  const request: TeamServerProcess['request'] = async (method, path, { token, body } = {}) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };

  const invite: TeamServerProcess['invite'] = async (team, role, name) => {
    const made = await run('npm', ['run', '--silent', 'server:invite', '--', '--team', team, '--role', role, '--name', name], environment);
    if (made.code !== 0) throw new Error(`server:invite failed (${made.code}):\n${made.stdout}\n${made.stderr}`);
    return made.stdout.trimEnd().split('\n').at(-1)!;
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill('SIGTERM');
    await exited;
  };

  return {
    url,
    invite,
    async adminToken(team) {
      const known = admins.get(team);
      if (known) return known;
      const joined = await request('POST', '/v1/join', { body: { code: await invite(team, 'admin', `Ada Admin of ${team}`) } });
      if (joined.status !== 200) throw new Error(`admin join: ${JSON.stringify(joined.body)}`);
      admins.set(team, joined.body.token);
      return joined.body.token as string;
    },
    request,
    stop,
    async start() {
      if (!child) child = await spawnServer(environment);
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
