/**
 * A database written by each released schema version opens in the current code with every record
 * intact. migrations.test.ts checks the schema each step leaves; this checks the data.
 *
 * Each row is a fixture: records exactly as that release stored them (literal values, frozen:
 * never build them with today's helpers, which will change), written into a database created by
 * that release's migration path. When DB_VERSION becomes 2, add a row for version 2 and, if the v2
 * step reshapes records, give the older rows an `upgraded` function saying what they become.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings } from './settings';
import { listActivities } from './activities';
import { getContent, listContentByStatus } from './content';
import { createDatabaseAtVersion, DB_VERSION } from './migrations';
import { closeWarmlineDb, openWarmlineDb } from './open';
import { getRelationship, relationshipsByKeys } from './relationships';
import { STORE_NAMES, type StoreName } from './schema';
import { useFreshDatabase } from '../../tests/support/fake-store';

/** [out-of-line key (meta only), value] per store. */
type Records = Partial<Record<StoreName, Array<{ key?: string; value: unknown }>>>;

type Fixture = {
  version: number;
  records: Records;
  /** What a record of this fixture looks like after upgrading to DB_VERSION (default: unchanged). */
  upgraded?: (store: StoreName, value: unknown) => unknown;
  /** Lookups through today's repositories that must find the old records. */
  lookups: () => Promise<void>;
};

const V1_RECORDS: Records = {
  content: [
    {
      value: {
        id: 'v1-opener',
        kind: 'message',
        title: 'Opener <b>bold</b>',
        body: 'Hi {{firstName}}, ünïcödé and emoji 🚀',
        url: 'https://acme.example/x',
        status: 'approved',
        approvedBy: 'Dana',
        approvedAt: '2026-01-01T00:00:00Z',
        validFrom: '2026-01-01T00:00:00Z',
        expiresAt: '2030-01-01T00:00:00Z',
        audience: { titles: ['marketing'], seniorities: ['vp'], industries: ['robotics'], companies: ['Acme'] },
        tags: ['q1'],
        salesNote: 'Lead with alignment.',
        owner: 'Dana',
        updatedAt: '2026-01-02T00:00:00Z',
        meta: { origin: { kind: 'pack', packName: 'Acme field pack', subscriptionUrl: 'https://packs.acme.example/p.json' }, locallyEditedAt: '2026-01-03T00:00:00Z' },
      },
    },
    {
      value: {
        id: 'v1-draft',
        kind: 'post',
        title: 'Draft',
        body: 'Draft body',
        status: 'draft',
        updatedAt: '2026-01-02T00:00:00Z',
        meta: { origin: { kind: 'local' } },
      },
    },
  ],
  relationships: [
    {
      value: {
        id: 'v1-jane',
        scope: 'person',
        person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
        company: { name: 'Acme Robotics, Inc.', linkedinUrl: 'https://www.linkedin.com/company/acme-robotics/' },
        relation: 'former-colleague',
        strength: 4,
        knownBy: { name: 'Priya Shah', email: 'priya@acme.example', team: 'East' },
        howWeKnow: 'Worked together',
        notes: 'Private note',
        canIntro: true,
        qualification: { operationallyReady: true, yearsInIndustry: 12, forwardLooking: null, vendorHistory: 'Long' },
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-02T00:00:00Z',
        meta: { origin: { kind: 'local' } },
        keys: { personSlug: 'jane-doe', personNameKey: 'jane doe', companyKey: 'acme robotics', companySlug: 'acme-robotics' },
      },
    },
    {
      value: {
        id: 'v1-globex',
        scope: 'company',
        company: { name: 'Globex' },
        relation: 'customer',
        strength: 2,
        knownBy: { name: 'Sam Seller' },
        canIntro: false,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        meta: { origin: { kind: 'pack', packName: 'people.csv' } },
        keys: { companyKey: 'globex' },
      },
    },
  ],
  activities: [
    { value: { id: 'v1-a1', at: '2026-02-01T10:00:00.000Z', action: 'copy', contentId: 'v1-opener', profileSlug: 'jane-doe', profileKind: 'person' } },
  ],
  feedback: [{ value: { id: 'v1-f1', at: '2026-02-01T10:00:00.000Z', contentId: 'v1-opener', verdict: 'worked' } }],
  subscriptions: [
    {
      value: {
        url: 'https://packs.acme.example/p.json',
        managed: true,
        refreshMinutes: 360,
        etag: '"abc"',
        lastSuccessAt: '2026-01-01T00:00:00.000Z',
        packName: 'Acme field pack',
      },
    },
  ],
  meta: [{ key: 'settings', value: { name: 'Sam Seller' } }],
};

const FIXTURES: Fixture[] = [
  {
    version: 1,
    records: V1_RECORDS,
    async lookups() {
      expect((await getContent('v1-opener'))?.title).toBe('Opener <b>bold</b>');
      expect((await listContentByStatus('approved')).map((c) => c.id)).toEqual(['v1-opener']);
      expect((await getRelationship('v1-jane'))?.notes).toBe('Private note');
      expect((await relationshipsByKeys({ personSlug: 'jane-doe' })).map((r) => r.id)).toEqual(['v1-jane']);
      expect((await relationshipsByKeys({ companyKey: 'globex' })).map((r) => r.id)).toEqual(['v1-globex']);
      expect((await listActivities()).map((a) => a.id)).toEqual(['v1-a1']);
      expect((await getSettings()).name).toBe('Sam Seller');
    },
  },
];

/** Writes a fixture with nothing but that version's schema (raw puts, as that release stored them). */
async function writeFixture(fixture: Fixture): Promise<void> {
  const db = await createDatabaseAtVersion(fixture.version);
  expect(db.version).toBe(fixture.version);
  const names = STORE_NAMES.filter((name) => fixture.records[name]?.length);
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) {
    for (const { key, value } of fixture.records[name] ?? []) {
      // The meta store has no keyPath, so its records carry their key beside them.
      void (key === undefined ? tx.objectStore(name).put(value as never) : tx.objectStore(name).put(value as never, key));
    }
  }
  await tx.done;
  db.close();
}

function keyOf(store: StoreName, record: { key?: string; value: unknown }): string {
  if (record.key !== undefined) return record.key;
  const value = record.value as { id?: string; url?: string };
  return (store === 'subscriptions' ? value.url : value.id) ?? '';
}

describe('databases written by earlier schema versions', () => {
  beforeEach(useFreshDatabase);

  it('has a fixture for every released version', () => {
    expect(FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    // Every store is covered, so a migration that loses a store's records is caught.
    for (const fixture of FIXTURES) for (const name of STORE_NAMES) expect(fixture.records[name]?.length, `${fixture.version}: ${name}`).toBeGreaterThan(0);
  });

  for (const fixture of FIXTURES) {
    it(`opens a version ${fixture.version} database in version ${DB_VERSION} with every record intact`, async () => {
      await writeFixture(fixture);

      const db = await openWarmlineDb();
      expect(db.version).toBe(DB_VERSION);
      for (const name of STORE_NAMES) {
        const records = fixture.records[name] ?? [];
        expect(await db.count(name), name).toBe(records.length);
        for (const record of records) {
          const expected = fixture.upgraded ? fixture.upgraded(name, record.value) : record.value;
          expect(await db.get(name, keyOf(name, record)), `${name} ${keyOf(name, record)}`).toEqual(expected);
        }
      }
      await fixture.lookups();
      await closeWarmlineDb();
    });
  }
});
