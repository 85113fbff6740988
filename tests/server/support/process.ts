/** The real server and CLI as processes, the way `npm run server` and `server:invite` run them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { WebSocket } from 'ws';
import type { PokeServerMessage } from '../../../lib/model/index.ts';
import { EXTENSION_ORIGIN } from './api.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = (name: string) => resolve(ROOT, 'server/bin', `${name}.ts`);

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
};

function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, WARMLINE_DATA: _data, ...rest } = process.env;
  return { ...rest, WARMLINE_PORT: '0', ...env };
}

/** `viaNpm` starts it as `npm run server` (whose SIGTERM must reach the server), else with node. */
export function startServer(env: Record<string, string>, { viaNpm = false } = {}): Promise<ServerProcess> {
  const [command, args] = viaNpm ? ['npm', ['run', 'server']] : [process.execPath, [BIN('server')]];
  const child = spawn(command, args, { cwd: ROOT, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolvePromise, reject) => {
    const check = () => {
      const ready = /Warmline Team server on (http:\/\/\S+) .*Ready\./.exec(output);
      if (ready) {
        child.stdout.off('data', check);
        resolvePromise({
          url: ready[1]!,
          child,
          output: () => output,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
}

export type Run = { code: number | null; stdout: string; stderr: string };

/** Runs a command to its end. */
export function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn(command, args, { cwd: ROOT, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

export const cli = (name: 'invite' | 'export' | 'import', args: string[], env: Record<string, string>) =>
  run(process.execPath, [BIN(name), ...args], env);

/** The invite code: the last line the CLI printed. */
export function lastLine(text: string): string {
  return text.trimEnd().split('\n').at(-1)!;
}

/** A poke socket as the extension's service worker holds it: the token in the first message. */
export class PokeClient {
  readonly socket: WebSocket;
  readonly messages: PokeServerMessage[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  constructor(url: string, origin = EXTENSION_ORIGIN) {
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/v1/poke`, { headers: { Origin: origin } });
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as PokeServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.opened = new Promise((done, fail) => {
      this.socket.once('open', () => done());
      this.socket.once('error', fail);
    });
    this.opened.catch(() => undefined);
    this.closed = new Promise((done) => this.socket.once('close', (code, reason) => done({ code, reason: reason.toString() })));
  }

  async open(token: string): Promise<void> {
    await this.opened;
    this.socket.send(JSON.stringify({ type: 'auth', token }));
    await this.next('ready');
  }

  /** Resolves when a message of this type arrives after `from` (an index in messages). */
  async next(type: PokeServerMessage['type'], from = 0): Promise<void> {
    while (!this.messages.slice(from).some((message) => message.type === type)) {
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  count(type: PokeServerMessage['type']): number {
    return this.messages.filter((message) => message.type === type).length;
  }

  close(): void {
    this.socket.close();
  }
}

/** JSON over real HTTP, as the extension calls the server. */
export async function http(url: string, method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Origin: EXTENSION_ORIGIN, ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
