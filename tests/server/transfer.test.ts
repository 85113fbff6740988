/**
 * server:export / server:import: a store written out and read back (PGlite → PostgreSQL and back)
 * is the same store: the same rows, the same people signed in, the same records pulled; clients
 * resync because the epoch is new.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/types.ts';
import { exportStore } from '../../server/transfer/export.ts';
import { importStore } from '../../server/transfer/import.ts';
import { Replica, testApi, join, type Person } from './support/api.ts';
import { freshDb, type TestDb } from './support/engines.ts';
import { activity, content, feedback, putFlag, putItem, relationship, uniqueId } from './support/records.ts';

async function exported(db: Db): Promise<string[]> {
  const lines: string[] = [];
  await exportStore(db, (line) => void lines.push(line));
  return lines;
}

async function* each(lines: string[]): AsyncIterable<string> {
  for (const line of lines) yield line.trimEnd();
}

/** The rows, whatever order the engine read them in (the header's time differs). */
const rowsOf = (lines: string[]) => lines.slice(1).sort();

describe('export and import', () => {
  let source: TestDb;
  let target: TestDb;
  let back: TestDb;
  let marketer: Person;
  let rep: Person;
  let lines: string[];

  beforeAll(async () => {
    [source, target, back] = await Promise.all([freshDb('pglite'), freshDb('postgres'), freshDb('pglite')]);
    const api = testApi(source);
    marketer = await join(api, source, { team: 'Field', role: 'marketer', name: 'Mia Marketer' });
    rep = await join(api, source, { team: 'Field', role: 'rep', name: 'Ravi Rep' });
    await join(api, source, { team: 'Other', role: 'admin', name: 'Ada Admin' });
    const shared = relationship({ notes: 'Ünïcødé notes — "quoted", line\nbreak' });
    await api.push(marketer.token, [
      putFlag(shared),
      putFlag(relationship(), { share: 'private' }),
      putItem(content({ status: 'draft' }), marketer.teamId),
      putItem(content({ audience: { titles: ['finance'], seniorities: ['vp'] }, tags: ['q4'] }), marketer.teamId),
    ]);
    await api.push(rep.token, [
      { id: uniqueId('m'), type: 'activity.add', record: activity() },
      { id: uniqueId('m'), type: 'feedback.add', record: feedback({ verdict: 'objection', objection: { text: 'Later', tag: 'timing' } }) },
      { id: uniqueId('m'), type: 'intro.request', record: { id: uniqueId('intro'), relationshipId: shared.id, profileSlug: 'jane-doe', profileKind: 'person' } },
    ]);
    lines = await exported(source);
  });
  afterAll(() => Promise.all([source, target, back].map((db) => db.close())));

  it('moves a PGlite store to PostgreSQL and back, row for row', async () => {
    const counts = await importStore(target, each(lines));
    expect(counts).toMatchObject({ users: 3, teams: 2, relationships: 2, content_items: 2, activities: 1, feedback: 1, intro_requests: 1 });
    expect(counts.audit_log).toBeGreaterThan(10);
    const fromPostgres = await exported(target);
    expect(rowsOf(fromPostgres)).toEqual(rowsOf(lines));
    await importStore(back, each(fromPostgres));
    expect(rowsOf(await exported(back))).toEqual(rowsOf(lines));
  });

  it('keeps everyone signed in and every record, and makes clients resync', async () => {
    const before = await new Replica(testApi(source), marketer.token).sync();
    const moved = new Replica(testApi(target), marketer.token);
    moved.cursor = before.cursor;
    await moved.sync();
    expect(moved.resyncs).toEqual(['server-changed']);
    expect(Object.fromEntries(moved.records)).toEqual(Object.fromEntries(before.records));
    expect(moved.records.size).toBeGreaterThan(3);
    const repMoved = await new Replica(testApi(target), rep.token).sync();
    expect(repMoved.ids('intro')).toHaveLength(1);
  });

  it('refuses a store that is not empty, and a file that is not an export, naming the line', async () => {
    await expect(importStore(target, each(lines))).rejects.toThrow('import only into an empty one');
    const fresh = await freshDb('pglite');
    try {
      await expect(importStore(fresh, each(['{"format":"warmline.pack","version":1}']))).rejects.toThrow('line 1: not a Warmline Team export');
      await expect(importStore(fresh, each([lines[0]!, '{"table":"users","row":{}}', 'oops']))).rejects.toThrow('line 3: not JSON');
      await expect(importStore(fresh, each([lines[0]!, '{"table":"secrets","row":{}}']))).rejects.toThrow('line 2');
      expect(await fresh.query('SELECT 1 FROM users')).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
