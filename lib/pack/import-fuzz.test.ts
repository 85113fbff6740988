/**
 * Import against a real (fake-indexeddb) store, fed thousands of random and mutated packs and CSVs.
 * property.test.ts covers the parsers alone; this file proves what the store sees: an import never
 * crashes, a refusal writes nothing (the whole store compared before and after), a store failure in
 * the middle of a commit writes nothing and says so, and prototype-pollution keys change nothing.
 */
import fc from 'fast-check';
import { unwrap } from 'idb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addActivity, openWarmlineDb, putContent, putRelationship, saveSettings, STORE_NAMES, StoreError } from '../db';
import { FROM_PACK, activity, contentItem, packObject, relationship, T0, T2, PACK_DETAILS } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';
import { CSV_COLUMNS, relationshipsToCsv } from './csv';
import { commitImport, prepareImport, previewImport, type ImportPreview } from './import';
import type { ImportIssue } from './issues';
import { applyEdits, setAt } from '../../tests/support/mutations';
import { META } from '../db/meta';

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

/** A pack with every kind of field filled, so mutations reach deep. */
const BASE_PACK = packObject({
  publishedAt: T0,
  publisher: { name: 'Marketing', email: 'm@acme.example' },
  content: [
    contentItem(),
    contentItem({ id: 'two', updatedAt: T2, audience: { titles: ['vp'], seniorities: ['vp'] }, tags: ['a'] }),
    contentItem({ id: 'three', kind: 'post', url: 'https://acme.example/x', status: 'draft' }),
  ],
  relationships: [
    relationship(PACK_DETAILS),
    relationship({ ...PACK_DETAILS, id: 'r2', updatedAt: T2, qualification: { yearsInIndustry: 2, operationallyReady: true } }),
    relationship({ ...PACK_DETAILS, id: 'r3', scope: 'company', person: undefined, company: { name: 'Globex', linkedinUrl: 'https://www.linkedin.com/company/globex/' } }),
  ],
});
const BASE_TEXT = JSON.stringify(BASE_PACK, null, 2);
const BASE_CSV = relationshipsToCsv([relationship(PACK_DETAILS), relationship({ ...PACK_DETAILS, id: 'b', notes: '=a,"b"\nc', person: { name: 'Li Wei' } })]);

/** What the store holds before each import: pack records (some locally edited), local data, settings. */
async function seed(): Promise<void> {
  await putContent({ ...contentItem({ title: 'Stored' }), meta: FROM_PACK });
  await putContent({ ...contentItem({ id: 'two', title: 'Edited here' }), meta: { ...FROM_PACK, locallyEditedAt: T2 } });
  await putRelationship(relationship({ ...PACK_DETAILS, knownBy: { name: 'Stored Holder' } }), FROM_PACK);
  await putRelationship(relationship({ ...PACK_DETAILS, id: 'local-only', person: { name: 'Local Person' } }), { origin: { kind: 'local' } });
  await addActivity(activity());
  await saveSettings({ name: 'Sam Seller' });
}

async function freshSeededStore(): Promise<void> {
  await useFreshDatabase();
  await seed();
}

/** Every store's keys and values, raw, in key order. */
async function storeContents(): Promise<Record<string, Array<[unknown, unknown]>>> {
  const db = unwrap(await openWarmlineDb());
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const out: Record<string, Array<[unknown, unknown]>> = {};
  for (const name of STORE_NAMES) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
    out[name] = keys.map((key, i) => [key, values[i]]);
  }
  return out;
}

const named = (issue: ImportIssue) => issue.where.trim().length > 0 && issue.message.trim().length > 0;

function expectWellFormedRefusal(preview: Extract<ImportPreview, { ok: false }>): void {
  expect(preview.errors.length).toBeGreaterThan(0);
  for (const issue of [...preview.errors, ...preview.warnings]) expect(named(issue), JSON.stringify(issue)).toBe(true);
  expect(preview.summary.errors).toBe(preview.errors.length);
  expect(preview.summary.added + preview.summary.updated).toBe(0);
}

/** Paths of own keys named __proto__, constructor or prototype anywhere in a value. */
function forbiddenKeyPaths(value: unknown, path = '$'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const key of Object.getOwnPropertyNames(value)) {
    if ((FORBIDDEN as readonly string[]).includes(key)) found.push(`${path}.${key}`);
    found.push(...forbiddenKeyPaths((value as Record<string, unknown>)[key], `${path}.${key}`));
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== Array.prototype) {
    found.push(`${path} has a foreign prototype`);
  }
  return found;
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
function expectObjectPrototypeUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

/** Makes the Nth put from now throw QuotaExceededError, as a full disk does mid-import. */
function failNthPut(n: number): void {
  const realPut = IDBObjectStore.prototype.put;
  let puts = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    puts += 1;
    if (puts === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  });
}

/**
 * The whole contract for one file: preview; a refusal names where and why and writes nothing; an
 * accepted file either commits every planned record, or (with a fault injected at put `faultAt`)
 * fails with a clear quota error and writes nothing.
 */
type Outcome = 'refused' | 'failed-cleanly' | 'written' | 'nothing-to-write';
async function importOnce(text: string, fileName: string, faultAt: number | null): Promise<Outcome> {
  const before = await storeContents();
  const preview = await previewImport(prepareImport(text, fileName, { now: new Date(T0) }));
  if (!preview.ok) {
    expectWellFormedRefusal(preview);
    expect(await storeContents()).toEqual(before);
    return 'refused';
  }
  for (const issue of preview.warnings) expect(named(issue), JSON.stringify(issue)).toBe(true);
  const write = preview.plan.write;
  const puts = write.content.length + write.relationships.length;
  if (faultAt !== null && puts > 0) {
    failNthPut((faultAt % puts) + 1);
    const error = await commitImport(preview.plan).then(
      () => undefined,
      (e: unknown) => e,
    );
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: 'quota', userMessage: expect.stringContaining('nothing was saved') });
    expect(await storeContents()).toEqual(before);
    return 'failed-cleanly';
  }
  await commitImport(preview.plan);
  const after = await storeContents();
  const byId = (store: string) => new Map(after[store]!.map(([key, value]) => [key, value]));
  const content = byId('content');
  for (const item of write.content) expect(content.get(item.id)).toEqual(item);
  const rels = byId('relationships');
  for (const { rel } of write.relationships) expect(rels.get(rel.id)).toMatchObject(JSON.parse(JSON.stringify(rel)));
  expect(forbiddenKeyPaths(after)).toEqual([]);
  // Records the file did not touch, and the stores an import never writes, are as they were
  // (but for the stamp that tells the approved-library copy it is stale).
  for (const store of ['activities', 'feedback', 'subscriptions']) expect(after[store]).toEqual(before[store]);
  const unstamped = (entries: Array<[unknown, unknown]> = []) => entries.filter(([key]) => key !== META.contentStamp.key);
  expect(unstamped(after.meta)).toEqual(unstamped(before.meta));
  return puts > 0 ? 'written' : 'nothing-to-write';
}

/** A text edit: cut, insert or overwrite at some position. */
const textEdit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 20 }),
  insert: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('"', ',', '{', '}', '[', ']', ':', '\n', '\r\n', '\uFEFF', '{{x}}', '"__proto__":{"polluted":1},', '\u0000', '\uD800'),
  ),
});

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', -1, 0, 6, 1e308, 'https://x.example', 'http://x.example', 'javascript:alert(1)', T2, '2026-13-45T99:00:00Z', '{{nope}}', '<img src=x onerror=alert(1)>', 'x'.repeat(6000)),
);
const pathStep = fc.oneof(
  fc.nat({ max: 30 }),
  fc.constantFrom('content', 'relationships', 'audience', 'person', 'company', 'knownBy', 'qualification', 'id', 'updatedAt', 'version', 'format', ...FORBIDDEN),
);
const mutation = fc.tuple(fc.array(pathStep, { maxLength: 5 }), value);
const faultAt = fc.option(fc.nat({ max: 50 }), { freq: 3 });

describe('import fuzzing against the store', () => {
  beforeAll(freshSeededStore);
  afterEach(() => {
    vi.restoreAllMocks();
  });

  let seen = new Set<Outcome>();
  /** Runs a property whose runs may write, then checks it reached the outcomes it should have. */
  const ACCEPTED: Outcome[] = ['failed-cleanly', 'written', 'nothing-to-write'];
  /** `expected`: for each group, some run ended in one of its outcomes (so the property did test it). */
  async function check(property: fc.IAsyncPropertyWithHooks<[string, string, number | null]>, numRuns: number, expected: Outcome[][]) {
    seen = new Set();
    await fc.assert(property, { numRuns });
    expectObjectPrototypeUntouched();
    for (const group of expected) expect(group.some((o) => seen.has(o)), `no run ended ${group.join(' or ')}: ${[...seen].join(', ')}`).toBe(true);
  }
  /** One run; the store is reseeded after any run that wrote. */
  const runImport = async (text: string, fileName: string, fault: number | null) => {
    try {
      const outcome = await importOnce(text, fileName, fault);
      seen.add(outcome);
      if (outcome === 'written') await freshSeededStore();
    } catch (e) {
      vi.restoreAllMocks();
      await freshSeededStore();
      throw e;
    }
  };

  it('random text, as a pack and as a CSV', { timeout: 20_000 }, async () => {
    await check(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom('x.json', 'x.csv', 'download'), faultAt, runImport),
      300,
      [['refused']],
    );
  });

  it('random JSON values', { timeout: 20_000 }, async () => {
    await check(fc.asyncProperty(fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.constant('x.json'), faultAt, runImport), 300, [['refused']]);
  });

  it('a valid pack with values changed anywhere (including __proto__ paths)', { timeout: 20_000 }, async () => {
    await check(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }).map((changes) => JSON.stringify(changes.reduce<unknown>((acc, [p, v]) => setAt(acc, p, v), BASE_PACK))),
        fc.constant('pack.json'),
        faultAt,
        runImport,
      ),
      400,
      [['refused'], ['failed-cleanly'], ['written']],
    );
  });

  it('a valid pack with text edits', { timeout: 20_000 }, async () => {
    await check(
      fc.asyncProperty(fc.array(textEdit, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(BASE_TEXT, edits)), fc.constant('pack.json'), faultAt, runImport),
      400,
      [['refused'], ACCEPTED],
    );
  });

  it('a valid CSV with text edits and random cells', { timeout: 20_000 }, async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('person', 'company', 'yes', '0', '5', '=1', "'=1", '__proto__', 'https://www.linkedin.com/in/a'));
    const randomRows = fc
      .array(fc.array(cell, { minLength: 17, maxLength: 18 }), { maxLength: 4 })
      .map((rows) => [CSV_COLUMNS.join(','), ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\n'));
    const edited = fc.array(textEdit, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(BASE_CSV, edits));
    // Rows that are valid but for what the strings hold: these get written (or fail cleanly).
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== '');
    const validRow = fc
      .record({ name: text, strength: fc.integer({ min: 1, max: 5 }), holder: text, notes: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('=HYPERLINK("x")', '@SUM(A1)', '+1', '-1', '\tx', '<script>x</script>')) })
      .map((r) => ['person', r.name, '', 'Acme', '', 'friend', String(r.strength), r.holder, '', '', '', r.notes, 'yes', '', '', '', ''].map((c) => `"${c.replace(/"/g, '""')}"`).join(','));
    const validRows = fc.array(validRow, { minLength: 1, maxLength: 3 }).map((rows) => [CSV_COLUMNS.join(','), ...rows].join('\r\n'));
    await check(fc.asyncProperty(fc.oneof(randomRows, edited, validRows), fc.constant('people.csv'), faultAt, runImport), 400, [['refused'], ['failed-cleanly'], ['written']]);
  });

  it('every accepted file survives a full disk at any put: nothing written, a clear message', { timeout: 20_000 }, async () => {
    // The unmutated pack writes several records (added and updated), so each fault point is real.
    await check(fc.asyncProperty(fc.constant(BASE_TEXT), fc.constant('pack.json'), fc.nat({ max: 20 }), runImport), 60, [['failed-cleanly']]);
  });
});

describe('prototype-pollution keys at every level change nothing', () => {
  beforeAll(freshSeededStore);

  /** Inserts `"key": value,` after the chosen "{" of a JSON text (an own key, as JSON.parse makes it). */
  function injectAfterBraces(text: string, choose: (index: number) => boolean, entry: (index: number) => string): string {
    let index = 0;
    let inString = false;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      out += ch;
      if (ch === '"' && text[i - 1] !== '\\') inString = !inString;
      if (ch === '{' && !inString) {
        if (choose(index)) out += `${entry(index)},`;
        index++;
      }
    }
    return out;
  }

  const payloads = [
    '{"polluted":true}',
    '{"prototype":{"polluted":true}}',
    '{"__proto__":{"polluted":true}}',
    '"polluted"',
    'null',
    '[{"polluted":true}]',
  ];

  it('every object in the pack carrying all three keys imports as if they were absent', async () => {
    const text = injectAfterBraces(
      BASE_TEXT,
      () => true,
      (i) => FORBIDDEN.map((key, k) => `"${key}":${payloads[(i + k) % payloads.length]}`).join(','),
    );
    expect(text.match(/"__proto__"/g)?.length).toBeGreaterThan(10);
    const clean = await previewImport(prepareImport(BASE_TEXT, 'pack.json', { now: new Date(T0) }));
    const dirty = await previewImport(prepareImport(text, 'pack.json', { now: new Date(T0) }));
    if (!clean.ok || !dirty.ok) throw new Error('both should be accepted');
    expect(dirty.plan.write).toEqual(clean.plan.write);
    expect(dirty.warnings.length).toBeGreaterThan(0);
    for (const warning of dirty.warnings) expect(named(warning)).toBe(true);
    expect(forbiddenKeyPaths(dirty.plan.write)).toEqual([]);
    await commitImport(dirty.plan);
    expect(forbiddenKeyPaths(await storeContents())).toEqual([]);
    expectObjectPrototypeUntouched();
    await freshSeededStore();
  });

  it('random placements and payloads', { timeout: 20_000 }, async () => {
    const clean = await previewImport(prepareImport(BASE_TEXT, 'pack.json', { now: new Date(T0) }));
    if (!clean.ok) throw new Error('base should be accepted');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.array(fc.tuple(fc.constantFrom(...FORBIDDEN), fc.oneof(fc.constantFrom(...payloads), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)))), {
          minLength: 1,
          maxLength: 3,
        }),
        async (where, entries) => {
          // Duplicate keys in one object are legal JSON (last wins), so any mix is a fair test.
          const entry = () => entries.map(([key, payload]) => `"${key}":${payload}`).join(',');
          const text = injectAfterBraces(BASE_TEXT, (i) => where[i % where.length]!, entry);
          const dirty = await previewImport(prepareImport(text, 'pack.json', { now: new Date(T0) }));
          if (!dirty.ok) return false;
          expect(dirty.plan.write).toEqual(clean.plan.write);
          expect(forbiddenKeyPaths(dirty.plan)).toEqual([]);
          expectObjectPrototypeUntouched();
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('CSV columns named __proto__, constructor or prototype are ignored with a warning', async () => {
    const header = `${CSV_COLUMNS.join(',')},__proto__,constructor,prototype`;
    const row = 'person,Jane Doe,,Acme,,friend,3,Sam,,,,,yes,,,,,{"polluted":true},x,y';
    const before = await storeContents();
    const preview = await previewImport(prepareImport(`${header}\n${row}\n`, 'people.csv', { now: new Date(T0) }));
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.warnings.map((w) => w.field)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(await storeContents()).toEqual(before);
    await commitImport(preview.plan);
    expect(forbiddenKeyPaths(await storeContents())).toEqual([]);
    expectObjectPrototypeUntouched();
    await freshSeededStore();
  });
});
