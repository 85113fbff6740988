import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, deleteAllData, listContent, listRelationships } from '../db';
import { Pack, type StoredContent, type StoredRelationship } from '../model';
import { buildPack, exportAll, exportPackText, exportRelationshipsCsv } from './export';
import { planMerge } from './merge';
import { parsePackText } from './parse-pack';
import { parseRelationshipsCsv } from './csv';
import { contentItem, relationship, T2, PACK_DETAILS } from '../../tests/support/builders';

const META = { origin: { kind: 'local' } } as const;
const NOW = new Date(T2);

const storedContent: StoredContent[] = [
  { ...contentItem(), meta: META },
  {
    ...contentItem({
      id: 'faq-1',
      kind: 'faq',
      title: 'Pricing',
      body: 'Per seat, {{fullName}}.',
      url: 'https://acme.example/pricing',
      audience: { titles: ['CFO'], seniorities: ['cxo'], industries: ['Retail'], companies: ['Shop'] },
      tags: ['pricing'],
      validFrom: '2026-01-01T00:00:00Z',
      expiresAt: '2026-12-31T00:00:00Z',
    }),
    meta: { origin: { kind: 'pack', packName: 'p' }, locallyEditedAt: T2 },
  },
];
const storedRels: StoredRelationship[] = [
  { ...relationship(PACK_DETAILS), meta: META, keys: { personSlug: 'jane-doe', companyKey: 'acme robotics' } },
  {
    ...relationship({ ...PACK_DETAILS, id: 'co', scope: 'company', person: undefined, company: { name: 'Globex' }, qualification: { yearsInIndustry: 3, vendorHistory: null } }),
    meta: META,
    keys: { companyKey: 'globex' },
  },
];

describe('buildPack', () => {
  it('drops stored-only fields and passes the Pack schema', () => {
    const pack = buildPack(storedContent, storedRels, { name: 'Export', publisher: { name: 'Acme Marketing' }, now: NOW });
    expect(Pack.safeParse(pack).success).toBe(true);
    expect(pack).toMatchObject({ format: 'warmline.pack', version: 1, name: 'Export', publishedAt: NOW.toISOString(), publisher: { name: 'Acme Marketing' } });
    const text = JSON.stringify(pack);
    expect(text).not.toContain('"meta"');
    expect(text).not.toContain('"keys"');
    expect(text).not.toContain('locallyEditedAt');
  });

  it('exports, parses and merges into an empty store giving back the same data', () => {
    const text = exportPackText(storedContent, storedRels, { name: 'Round trip', now: NOW });
    const parsed = parsePackText(text);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) throw new Error('export did not parse');
    const origin = { kind: 'pack', packName: 'Round trip' } as const;
    const plan = planMerge(parsed.pack, { content: new Map(), relationships: new Map() }, origin);
    expect(plan.counts).toMatchObject({ added: 4, updated: 0, unchanged: 0, conflicts: 0 });
    expect(plan.write.content).toEqual(storedContent.map(({ meta: _meta, ...item }) => ({ ...item, meta: { origin } })));
    expect(plan.write.relationships.map((w) => w.rel)).toEqual(storedRels.map(({ meta: _meta, keys: _keys, ...rel }) => rel));
  });
});

describe('db export', () => {
  beforeEach(async () => {
    await deleteAllData();
  });

  it('exportAll writes everything stored as a pack that reads back', async () => {
    await applyImport({ content: storedContent, relationships: storedRels.map(({ meta, keys: _keys, ...rel }) => ({ rel, meta })) });
    const parsed = parsePackText(await exportAll({ now: NOW }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.pack.name).toBe('Warmline export 2026-03-01');
    expect(parsed.pack.content.map((c) => c.id).sort()).toEqual(['c1', 'faq-1']);
    expect(parsed.pack.relationships.map((r) => r.id).sort()).toEqual(['co', 'r1']);
    expect((await listContent()).length).toBe(2);
  });

  it('exportRelationshipsCsv reads back as the same relationships', async () => {
    await applyImport({ content: [], relationships: storedRels.map(({ meta, keys: _keys, ...rel }) => ({ rel, meta })) });
    const result = parseRelationshipsCsv(await exportRelationshipsCsv());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const stored = await listRelationships();
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    // vendorHistory: null is written as an empty cell and comes back absent.
    const expected = stored.map(({ meta: _m, keys: _k, ...rel }) => JSON.parse(JSON.stringify(rel).replace(',"vendorHistory":null', '')));
    expect(result.relationships.sort(byId)).toEqual(expected.sort(byId));
  });
});
