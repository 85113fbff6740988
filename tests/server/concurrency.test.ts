/**
 * A cursor never skips a row that committed late: 50 writers push at once while a teammate keeps
 * pulling by cursor, and (PostgreSQL) a transaction that took its version and then committed
 * late is still pulled, after the writer that had to wait for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../server/auth/caller.ts';
import { callerForToken } from '../../server/auth/authenticate.ts';
import { actAs } from '../../server/db/context.ts';
import { ChangeSet } from '../../server/sync/changes.ts';
import { teamSpace } from '../../server/sync/spaces.ts';
import { Replica, testApi, join, type Api, type Person } from './support/api.ts';
import { ENGINES, freshDb, type TestDb } from './support/engines.ts';
import { putFlag, relationship } from './support/records.ts';

const WRITERS = 50;
const PUSHES_EACH = 4;

describe.each(ENGINES)('concurrent writers on %s', (engine) => {
  let db: TestDb;
  let api: Api;
  let reader: Person;
  const team = `Busy ${engine}`;

  beforeAll(async () => {
    db = await freshDb(engine, { poolSize: 25 });
    api = testApi(db);
    reader = await join(api, db, { team, role: 'rep', name: 'Rhea Reader' });
  });
  afterAll(() => db.close());

  it(`brings every flag of ${WRITERS} concurrent writers to a teammate pulling all along`, async () => {
    const writers = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => join(api, db, { team, role: 'rep', name: `Writer ${i}` })),
    );
    const replica = await new Replica(api, reader.token).sync();
    const pushed: string[] = [];
    let writing = true;
    const writes = Promise.all(
      writers.map(async (writer) => {
        for (let n = 0; n < PUSHES_EACH; n++) {
          const flags = [relationship(), relationship()];
          pushed.push(...flags.map((flag) => flag.id));
          const reply = await api.push(writer.token, flags.map((flag) => putFlag(flag)));
          expect(reply.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
        }
      }),
    ).finally(() => (writing = false));

    let pullsDuringWrites = 0;
    while (writing) {
      await replica.sync(7);
      pullsDuringWrites++;
    }
    await writes;
    await replica.sync(7);

    expect(pushed).toHaveLength(WRITERS * PUSHES_EACH * 2);
    expect(replica.ids('relationship')).toEqual([...pushed].sort());
    expect(replica.resyncs).toEqual([]);
    expect(pullsDuringWrites).toBeGreaterThan(0);
  });

});

// One PGlite connection runs one transaction at a time, so only PostgreSQL can commit late.
describe('a late commit on postgres', () => {
  let db: TestDb;
  let api: Api;
  let reader: Person;
  const team = 'Late';

  beforeAll(async () => {
    db = await freshDb('postgres');
    api = testApi(db);
    reader = await join(api, db, { team, role: 'rep', name: 'Rhea Reader' });
  });
  afterAll(() => db.close());

  it('pulls a write that committed late, and the writer that waited for its space after it', async () => {
    const writer = await join(api, db, { team, role: 'rep', name: 'Lars Late' });
    const other = await join(api, db, { team, role: 'rep', name: 'Ona Ontime' });
    const replica = await new Replica(api, reader.token).sync();
    const late = relationship();
    const onTime = relationship();
    const caller = (await callerForToken(db, writer.token)) as Caller;

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let versioned!: () => void;
    const lateHasVersion = new Promise<void>((resolve) => (versioned = resolve));
    // The late writer takes its version (and its space's row lock), then waits before committing.
    const lateWrite = db.transaction(async (tx) => {
      await actAs(tx, caller);
      await tx.query(
        `INSERT INTO relationships (id, owner_id, share, team_ids, data, updated_by) VALUES ($1, $2, 'team', $3::uuid[], $4::jsonb, $2)`,
        [late.id, caller.userId, caller.teamIds, JSON.stringify(late)],
      );
      const changes = new ChangeSet();
      changes.touch([teamSpace(writer.teamId)], 'relationship', late.id);
      await changes.flush(tx);
      versioned();
      await held;
    });
    await lateHasVersion;

    const onTimePush = api.push(other.token, [putFlag(onTime)]);
    await waitFor(async () => {
      const [row] = await db.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return row!.waiting === 1;
    });
    const meanwhile = (await api.pull(reader.token, replica.cursor)).body;
    expect('changes' in meanwhile && meanwhile.changes).toEqual([]);

    release();
    await lateWrite;
    expect((await onTimePush).body.results[0]?.status).toBe('applied');
    const page = (await api.pull(reader.token, replica.cursor)).body;
    expect('changes' in page && page.changes.map((change) => change.id)).toEqual([late.id, onTime.id]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
