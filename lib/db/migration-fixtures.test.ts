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
import { countSubscriptionRecords } from './subscription-records';
import { STORE_NAMES, type StoreName } from './schema';
import { getMeta, META } from './meta';
import { listOutbox } from './outbox';
import { introsForRelationship, listConflicts } from './team-state';
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

/** Version 2 gave each origin its own kind (issue 15): what each version 1 origin became. */
const V2_ORIGIN_OF_V1: Record<string, unknown> = {
  'v1-opener': { kind: 'subscription', url: 'https://packs.acme.example/p.json', packName: 'Acme field pack' },
  'v1-globex': { kind: 'file', packName: 'people.csv', publisherUnknown: true },
};

/** Version 2: origins by kind (local, a file's publisher, a subscription, the team). */
const V2_RECORDS: Records = {
  ...V1_RECORDS,
  content: [
    {
      value: {
        id: 'v2-from-file',
        kind: 'message',
        title: 'From a file',
        body: 'Hi',
        status: 'approved',
        updatedAt: '2026-07-01T00:00:00Z',
        meta: { origin: { kind: 'file', publisher: 'Acme Marketing', packName: 'Field pack' } },
      },
    },
    {
      value: {
        id: 'v2-from-team',
        kind: 'post',
        title: 'From the team',
        body: 'Read this',
        status: 'approved',
        updatedAt: '2026-07-01T00:00:00Z',
        meta: { origin: { kind: 'team', server: 'https://team.acme.example' } },
      },
    },
  ],
  relationships: [
    {
      value: {
        id: 'v2-sub',
        scope: 'company',
        company: { name: 'Initech' },
        relation: 'partner',
        strength: 3,
        knownBy: { name: 'Sam Seller' },
        canIntro: true,
        createdAt: '2026-07-01T00:00:00Z',
        updatedAt: '2026-07-01T00:00:00Z',
        meta: { origin: { kind: 'subscription', url: 'https://packs.acme.example/p.json' }, locallyEditedAt: '2026-07-02T00:00:00Z' },
        keys: { companyKey: 'initech' },
      },
    },
  ],
};

/** Version 3: Warmline Team (issue 12): team records with their server versions, the outbox, conflicts and intro requests. */
const V3_TEAM_FLAG = {
  id: 'v3-team-flag',
  scope: 'person',
  person: { name: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada-lovelace/' },
  relation: 'friend',
  strength: 5,
  knownBy: { name: 'Priya Shah' },
  canIntro: true,
  createdAt: '2026-08-01T00:00:00Z',
  updatedAt: '2026-08-01T00:00:00Z',
};
const V3_RECORDS: Records = {
  ...V2_RECORDS,
  relationships: [
    {
      value: {
        ...V3_TEAM_FLAG,
        meta: {
          origin: { kind: 'team', server: 'https://team.acme.example' },
          team: {
            version: 3,
            owner: { id: '6f1c1f8e-5d0a-4c54-9b39-0f4f1d8a2b11', name: 'Priya Shah' },
            mine: false,
            share: 'team',
            teams: ['1b0e7c5a-3f7d-4a3e-8f0d-5c2b9a4e6d71'],
            narrowed: false,
            serverUpdatedAt: '2026-08-01T00:00:01.000Z',
            gen: 1,
          },
        },
        keys: { personSlug: 'ada-lovelace', personNameKey: 'ada lovelace' },
      },
    },
  ],
  outbox: [
    {
      value: {
        seq: 1,
        key: 'relationship:v3-team-flag',
        mutation: { id: 'b8f2', type: 'relationship.put', baseVersion: 3, record: { ...V3_TEAM_FLAG, strength: 4 }, share: 'team' },
        createdAt: '2026-08-02T00:00:00.000Z',
        sentAt: '2026-08-02T00:00:01.000Z',
      },
    },
  ],
  conflicts: [
    {
      value: {
        key: 'content:v3-item',
        kind: 'content',
        id: 'v3-item',
        reason: 'deleted',
        theirs: null,
        at: '2026-08-03T00:00:00.000Z',
      },
    },
  ],
  intros: [
    {
      value: {
        id: 'v3-intro',
        relationshipId: 'v3-team-flag',
        reason: 'Pitching Acme',
        profileSlug: 'ada-lovelace',
        profileKind: 'person',
        state: 'sent',
        requester: { id: '2c9d7b1e-8a4f-4e6b-9c3d-1f0a5b7e2d44', name: 'Ravi Rep' },
        holder: { id: '6f1c1f8e-5d0a-4c54-9b39-0f4f1d8a2b11', name: 'Priya Shah' },
        createdAt: '2026-08-01T00:00:00.000Z',
        updatedAt: '2026-08-01T00:00:00.000Z',
        meta: { version: 1, gen: 1 },
      },
    },
  ],
  meta: [
    { key: 'settings', value: { name: 'Sam Seller' } },
    { key: 'team.session', value: { server: 'https://team.acme.example', user: { id: '2c9d7b1e-8a4f-4e6b-9c3d-1f0a5b7e2d44', name: 'Ravi Rep', role: 'rep' }, teams: [{ id: '1b0e7c5a-3f7d-4a3e-8f0d-5c2b9a4e6d71', name: 'East' }], joinedAt: '2026-08-01T00:00:00.000Z', sharedChoiceMade: true } },
    { key: 'team.sync', value: { cursor: 'c1.e30', gen: 1, resyncing: false, refused: [] } },
  ],
};

const FIXTURES: Fixture[] = [
  {
    version: 1,
    records: V1_RECORDS,
    upgraded(_store, value) {
      const record = value as { id?: string; meta?: object };
      const origin = record.id ? V2_ORIGIN_OF_V1[record.id] : undefined;
      return origin && record.meta ? { ...record, meta: { ...record.meta, origin } } : value;
    },
    async lookups() {
      expect((await getContent('v1-opener'))?.title).toBe('Opener <b>bold</b>');
      expect((await listContentByStatus('approved')).map((c) => c.id)).toEqual(['v1-opener']);
      expect((await getRelationship('v1-jane'))?.notes).toBe('Private note');
      expect((await relationshipsByKeys({ personSlug: 'jane-doe' })).map((r) => r.id)).toEqual(['v1-jane']);
      expect((await relationshipsByKeys({ companyKey: 'globex' })).map((r) => r.id)).toEqual(['v1-globex']);
      expect((await listActivities()).map((a) => a.id)).toEqual(['v1-a1']);
      expect((await getSettings()).name).toBe('Sam Seller');
      expect(await countSubscriptionRecords('https://packs.acme.example/p.json')).toEqual({ content: 1, relationships: 0 });
    },
  },
  {
    version: 2,
    records: V2_RECORDS,
    async lookups() {
      expect((await getContent('v2-from-team'))?.meta.origin).toEqual({ kind: 'team', server: 'https://team.acme.example' });
      expect((await relationshipsByKeys({ companyKey: 'initech' })).map((r) => r.id)).toEqual(['v2-sub']);
      expect(await countSubscriptionRecords('https://packs.acme.example/p.json')).toEqual({ content: 0, relationships: 1 });
    },
  },
  {
    version: 3,
    records: V3_RECORDS,
    async lookups() {
      expect((await relationshipsByKeys({ personSlug: 'ada-lovelace' })).map((r) => r.meta.team?.version)).toEqual([3]);
      expect((await listOutbox()).map((entry) => entry.key)).toEqual(['relationship:v3-team-flag']);
      expect((await listConflicts()).map((conflict) => conflict.key)).toEqual(['content:v3-item']);
      expect((await introsForRelationship('v3-team-flag')).map((intro) => intro.state)).toEqual(['sent']);
      expect((await getMeta(META.teamSession))?.teams).toEqual([{ id: '1b0e7c5a-3f7d-4a3e-8f0d-5c2b9a4e6d71', name: 'East' }]);
      expect((await getMeta(META.teamSync))?.cursor).toBe('c1.e30');
    },
  },
];

/** Stores a version made, for the check that each fixture covers every store of its version. */
const FIRST_VERSION_OF: Partial<Record<StoreName, number>> = { outbox: 3, conflicts: 3, intros: 3 };

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
  if (store === 'outbox') return (record.value as { seq: number }).seq as unknown as string;
  if (store === 'conflicts') return (record.value as { key: string }).key;
  return (store === 'subscriptions' ? value.url : value.id) ?? '';
}

describe('databases written by earlier schema versions', () => {
  beforeEach(useFreshDatabase);

  it('has a fixture for every released version', () => {
    expect(FIXTURES.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    // Every store is covered, so a migration that loses a store's records is caught.
    for (const fixture of FIXTURES) {
      for (const name of STORE_NAMES) {
        if ((FIRST_VERSION_OF[name] ?? 1) > fixture.version) continue;
        expect(fixture.records[name]?.length, `${fixture.version}: ${name}`).toBeGreaterThan(0);
      }
    }
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
