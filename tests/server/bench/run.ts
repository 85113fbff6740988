/**
 * `npm run bench:server`: the Warmline Team server's speed over real HTTP, on PGlite (a data
 * folder) and on PostgreSQL (WARMLINE_BENCH_DATABASE_URL or WARMLINE_TEST_DATABASE_URL, else a
 * throwaway cluster from scripts/test-postgres.sh). Writes bench-report.server.md and .json.
 * Figures, not pass/fail.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ContentItem, Relationship } from '../../../lib/model/index.ts';
import { createInvite } from '../../../server/auth/invites.ts';
import { configFromEnv } from '../../../server/config.ts';
import { acquireLock } from '../../../server/data-dir.ts';
import { openDatabase } from '../../../server/db/open.ts';
import type { Db } from '../../../server/db/types.ts';
import { CLI_ACTOR } from '../../../server/http/routes/local.ts';
import { rebuildSyncEntries } from '../../../server/transfer/import.ts';
import { benchPack } from '../../bench/data.ts';
import { createDatabase, testCluster } from '../support/postgres.ts';
import { startServer } from '../support/process.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLIENTS = 50;
const EMPTY_PULLS_EACH = Number(process.env.BENCH_PULLS ?? 40);
const PUSHES_EACH = Number(process.env.BENCH_PUSHES ?? 10);
const RELATIONSHIPS = 100_000;
const ITEMS = 5_000;
const PAGE = 5_000;
const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

type Figures = Record<string, number | string>;
type Client = { token: string; cursor: string | null };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const round = (value: number) => Math.round(value * 10) / 10;

async function call(url: string, path: string, token: string | null, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { Origin: ORIGIN, 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** Everyone at once, each doing `each` requests in turn; latency of every request, and the throughput. */
async function load(clients: Client[], each: number, request: (client: Client, n: number) => Promise<void>) {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      for (let n = 0; n < each; n++) {
        const t = performance.now();
        await request(client, n);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: round(latencies.length / seconds), p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)) };
}

/** The same synthetic library as `npm run bench` (issue 3's sizes). */
const DATA = JSON.parse(benchPack(RELATIONSHIPS, ITEMS)) as { relationships: Relationship[]; content: ContentItem[] };
const flags = DATA.relationships.slice(0, RELATIONSHIPS);

/**
 * Before the server starts (PGlite is one process's): a big team whose owner holds 100,000 flags
 * and 5,000 items, bulk-written as an import writes them, and one-time codes for everyone.
 */
async function prepare(env: Record<string, string>): Promise<{ reps: string[]; reader: string; seedSeconds: number }> {
  const config = configFromEnv(env);
  const lock = config.databaseUrl ? null : acquireLock(config.dataDir, 'cli');
  const db = await openDatabase(config);
  try {
    const invite = (team: string, role: 'rep' | 'marketer', name: string) =>
      db.transaction(async (tx) => (await createInvite(tx, CLI_ACTOR, { team, role, name })).code);
    const reps = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => invite('Bench', 'rep', `Rep ${i}`)));
    const reader = await invite('Big', 'marketer', 'Big Reader');
    const started = performance.now();
    await seed(db);
    return { reps, reader, seedSeconds: round((performance.now() - started) / 1000) };
  } finally {
    await db.close();
    lock?.release();
  }
}

async function seed(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const [owner] = await tx.query<{ id: string }>(`INSERT INTO users (name, role) VALUES ('Big Owner', 'marketer') RETURNING id::text`);
    const [team] = await tx.query<{ id: string }>(`SELECT id::text FROM teams WHERE name = 'Big'`);
    await tx.query('INSERT INTO memberships (user_id, team_id) VALUES ($1, $2)', [owner!.id, team!.id]);
    for (let start = 0; start < RELATIONSHIPS; start += 5000) {
      const batch = flags.slice(start, start + 5000);
      await tx.query(
        `INSERT INTO relationships (id, owner_id, share, team_ids, data)
         SELECT x->>'id', $1, 'team', ARRAY[$2]::uuid[], x FROM jsonb_array_elements($3::jsonb) x`,
        [owner!.id, team!.id, JSON.stringify(batch)],
      );
    }
    await tx.query(
      `INSERT INTO content_items (id, team_id, status, data, created_by, updated_by)
       SELECT x->>'id', $2, x->>'status', x, $1, $1 FROM jsonb_array_elements($3::jsonb) x`,
      [owner!.id, team!.id, JSON.stringify(DATA.content)],
    );
    await rebuildSyncEntries(tx);
  });
}

/** The server in its own process, as `npm run server` runs it; this process is the 50 clients. */
async function bench(env: Record<string, string>): Promise<Figures> {
  const figures: Figures = {};
  const prepared = await prepare(env);
  figures['seed 100,000 flags + 5,000 items (bulk, with sync entries) s'] = prepared.seedSeconds;
  const server = await startServer({ ...env, WARMLINE_JOIN_ATTEMPTS: '1000' });
  try {
    const join = async (code: string): Promise<Client> => {
      const reply = await call(server.url, '/v1/join', null, { code });
      if (reply.status !== 200) throw new Error(`join ${reply.status}: ${reply.text}`);
      return { token: (JSON.parse(reply.text) as { token: string }).token, cursor: null };
    };
    const clients = await Promise.all(prepared.reps.map(join));
    const pull = async (client: Client) => {
      const reply = await call(server.url, '/v1/pull', client.token, { cursor: client.cursor });
      client.cursor = (JSON.parse(reply.text) as { cursor: string }).cursor;
      return reply;
    };
    await Promise.all(clients.map(pull));

    const empty = await load(clients, EMPTY_PULLS_EACH, async (client) => void (await pull(client)));
    figures['empty pulls per second (50 clients)'] = empty.perSecond;
    figures['empty pull p50 ms'] = empty.p50;
    figures['empty pull p95 ms'] = empty.p95;
    const emptyReply = await call(server.url, '/v1/pull', clients[0]!.token, { cursor: clients[0]!.cursor });
    figures['empty pull response bytes'] = Buffer.byteLength(emptyReply.text);
    figures['empty pull request bytes'] = Buffer.byteLength(JSON.stringify({ cursor: clients[0]!.cursor }));

    const pushes = await load(clients, PUSHES_EACH, async (client, n) => {
      const record = { ...flags[n]!, id: `push-${client.token.slice(-8)}-${n}` };
      const reply = await call(server.url, '/v1/push', client.token, {
        mutations: [{ id: record.id, type: 'relationship.put', baseVersion: null, record, share: 'team' }],
      });
      if (reply.status !== 200) throw new Error(`push ${reply.status}: ${reply.text}`);
    });
    figures['pushes per second (50 clients, one flag each)'] = pushes.perSecond;
    figures['push p50 ms'] = pushes.p50;
    figures['push p95 ms'] = pushes.p95;

    const reader = await join(prepared.reader);
    const started = performance.now();
    let pages = 0;
    let bytes = 0;
    let records = 0;
    for (;;) {
      const reply = await call(server.url, '/v1/pull', reader.token, { cursor: reader.cursor, limit: PAGE });
      const body = JSON.parse(reply.text) as { changes: unknown[]; cursor: string; more: boolean };
      pages++;
      bytes += Buffer.byteLength(reply.text);
      records += body.changes.length;
      reader.cursor = body.cursor;
      if (!body.more) break;
    }
    figures['pull 100,000 flags + 5,000 items from an empty cursor s'] = round((performance.now() - started) / 1000);
    figures['records pulled'] = records;
    figures[`pages (limit ${PAGE})`] = pages;
    figures['MB pulled'] = round(bytes / 1e6);
  } finally {
    await server.stop();
  }
  return figures;
}

async function main() {
  const report: Record<string, Figures> = {};
  const data = mkdtempSync(join(tmpdir(), 'warmline-bench-'));
  try {
    console.log('PGlite…');
    report.pglite = await bench({ WARMLINE_DATA: data });
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
  const cluster = testCluster(process.env.WARMLINE_BENCH_DATABASE_URL ?? process.env.WARMLINE_TEST_DATABASE_URL);
  const database = await createDatabase(cluster.url, 'warmline_bench');
  const folder = mkdtempSync(join(tmpdir(), 'warmline-bench-pg-'));
  try {
    console.log('PostgreSQL…');
    report.postgres = await bench({ DATABASE_URL: database.url, WARMLINE_DATA: folder });
  } finally {
    await database.drop();
    cluster.stop();
    rmSync(folder, { recursive: true, force: true });
  }

  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
  const keys = Object.keys(report.pglite!);
  const md = [
    '# Warmline Team server bench',
    '',
    `Measured ${new Date().toISOString()} on ${machine}: the server in its own process (as \`npm run server\`), the clients in another, over loopback HTTP; load average at the end ${loadavg().map((n) => n.toFixed(1)).join(' ')}.`,
    `${CLIENTS} clients at once: ${EMPTY_PULLS_EACH} pulls with nothing new each, then ${PUSHES_EACH} pushes of one flag each.`,
    '',
    '| figure | PGlite | PostgreSQL |',
    '| --- | ---: | ---: |',
    ...keys.map((key) => `| ${key} | ${report.pglite![key]} | ${report.postgres?.[key] ?? ''} |`),
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench-report.server.md'), md);
  writeFileSync(join(ROOT, 'bench-report.server.json'), `${JSON.stringify({ machine, report }, null, 2)}\n`);
  console.log(md);
}

await main();
