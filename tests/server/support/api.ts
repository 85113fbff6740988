/** The server's HTTP API in-process (Hono's app.request, no socket), and people to call it as. */
import type { Hono } from 'hono';
import type { ApiError, Change, InviteRequest, JoinResponse, Mutation, MutationResult, PullResponse } from '../../../lib/model/index.ts';
import { createInvite } from '../../../server/auth/invites.ts';
import type { Db } from '../../../server/db/types.ts';
import { createApp, type AppOptions } from '../../../server/http/app.ts';
import type { AppEnv } from '../../../server/http/env.ts';
import { CLI_ACTOR } from '../../../server/http/routes/local.ts';

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** An answer; on an HTTP error its body is the API's error shape instead. */
export type Reply<T = any> = { status: number; body: T & Partial<ApiError>; headers: Headers };

export type CallOptions = { token?: string; body?: unknown; origin?: string; address?: string; headers?: Record<string, string>; raw?: string };

export class Api {
  readonly app: Hono<AppEnv>;
  constructor(app: Hono<AppEnv>) {
    this.app = app;
  }

  async call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.origin) headers.Origin = options.origin;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const env = { incoming: { socket: { remoteAddress: options.address ?? '192.0.2.10' } } };
    const response = await this.app.request(path, { method, headers, body }, env as never);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  }

  pull(token: string, cursor: string | null, limit?: number): Promise<Reply<PullResponse>> {
    return this.call('POST', '/v1/pull', { token, body: { cursor, ...(limit ? { limit } : {}) } });
  }

  push(token: string, mutations: Mutation[]): Promise<Reply<{ results: MutationResult[] }>> {
    return this.call('POST', '/v1/push', { token, body: { mutations } });
  }

  /** Pushes one mutation and returns its result, failing loudly on an HTTP error. */
  async pushOne(token: string, mutation: Mutation): Promise<MutationResult> {
    const reply = await this.push(token, [mutation]);
    if (reply.status !== 200) throw new Error(`push ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body.results[0]!;
  }
}

export type Person = JoinResponse & { teamId: string };

/** An invite made as the CLI would, redeemed over HTTP: a signed-in person. */
export async function join(api: Api, db: Db, invite: InviteRequest): Promise<Person> {
  const { code } = await db.transaction((tx) => createInvite(tx, CLI_ACTOR, invite));
  // Each person from their own address: joins are rate-limited per address.
  const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const reply = await api.call<JoinResponse>('POST', '/v1/join', { body: { code, device: 'test browser' }, address });
  if (reply.status !== 200) throw new Error(`join ${reply.status}: ${JSON.stringify(reply.body)}`);
  const team = reply.body.teams.find((t) => t.name === invite.team)!;
  return { ...reply.body, teamId: team.id };
}

export function testApi(db: Db, options: Omit<AppOptions, 'db'> = {}): Api {
  return new Api(createApp({ db, ...options }));
}

/** A local copy kept by pulling, as the extension keeps one. */
export class Replica {
  readonly records = new Map<string, Change & { op: 'put' }>();
  cursor: string | null = null;
  resyncs: string[] = [];
  pages = 0;
  readonly api: Api;
  readonly token: string;

  constructor(api: Api, token: string) {
    this.api = api;
    this.token = token;
  }

  /** Pulls until nothing more; on "resync" starts over from nothing and drops what did not come back. */
  async sync(limit?: number): Promise<this> {
    let fresh: Set<string> | null = null;
    for (;;) {
      const reply = await this.api.pull(this.token, this.cursor, limit);
      if (reply.status !== 200) throw new Error(`pull ${reply.status}: ${JSON.stringify(reply.body)}`);
      const body = reply.body;
      if ('resync' in body) {
        this.resyncs.push(body.reason);
        this.cursor = null;
        fresh = new Set();
        continue;
      }
      this.pages++;
      for (const change of body.changes) {
        const key = `${change.kind}:${change.id}`;
        if (change.op === 'put') {
          this.records.set(key, change);
          fresh?.add(key);
        } else {
          this.records.delete(key);
        }
      }
      this.cursor = body.cursor;
      if (!body.more) break;
    }
    if (fresh) for (const key of this.records.keys()) if (!fresh.has(key)) this.records.delete(key);
    return this;
  }

  has(kind: Change['kind'], id: string): boolean {
    return this.records.has(`${kind}:${id}`);
  }

  get(kind: Change['kind'], id: string): (Change & { op: 'put' }) | undefined {
    return this.records.get(`${kind}:${id}`);
  }

  ids(kind: Change['kind']): string[] {
    return [...this.records.values()].filter((change) => change.kind === kind).map((change) => change.id).sort();
  }
}
