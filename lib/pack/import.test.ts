import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAllData, getContent, getRelationship, listContent, listRelationships, putContent } from '../db';
import { CSV_COLUMNS } from './csv';
import { commitImport, detectFileKind, importText, NOT_A_PACK_OR_CSV, prepareImport, previewImport } from './import';
import { contentItem, packText, PACK_DETAILS, relationship, T1, T2 } from '../../tests/support/builders';

beforeEach(async () => {
  await deleteAllData();
});

describe('detectFileKind', () => {
  it('goes by extension, then by content', () => {
    expect(detectFileKind('pack.JSON', 'a,b')).toBe('pack');
    expect(detectFileKind('people.csv', '{')).toBe('csv');
    expect(detectFileKind('download', '\uFEFF  {"format":1}')).toBe('pack');
    expect(detectFileKind('download', 'scope,person_name')).toBe('csv');
    expect(detectFileKind('notes.txt', 'Call Jane on Monday.\nAsk about the pilot.')).toBe('unknown');
  });
});

describe('the import pipeline: prepare, preview, commit', () => {
  it('previews without writing, then commits all at once', async () => {
    const preview = await previewImport(prepareImport(packText({ extra: true }), 'acme.json'));
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.origin).toEqual({ kind: 'file', packName: 'Acme field pack' });
    expect(preview.summary).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0, conflicts: 0, warnings: 1, errors: 0 });
    expect(await listContent()).toEqual([]);

    expect(await commitImport(preview.plan)).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0, conflicts: 0, warnings: 1, errors: 0 });
    expect(await getContent('c1')).toMatchObject({ title: 'Intro note', meta: { origin: { kind: 'file', packName: 'Acme field pack' } } });
    expect(await getRelationship('r1')).toMatchObject({ keys: { personSlug: 'jane-doe' } });

    const again = await previewImport(prepareImport(packText(), 'acme.json'));
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('knows a file by its publisher: another publisher\'s file is a conflict, not an update', async () => {
    const acme = { name: 'Acme Marketing' };
    await importText(packText({ publisher: acme }), 'acme.json', { now: new Date(T2) });
    expect((await getContent('c1'))?.meta.origin).toEqual({ kind: 'file', publisher: 'Acme Marketing', packName: 'Acme field pack' });
    const newer = { content: [contentItem({ updatedAt: T2, title: 'Newer' })], relationships: [] };

    const other = await previewImport(prepareImport(packText({ ...newer, publisher: { name: 'Someone Else' } }), 'x.json', { now: new Date(T2) }));
    expect(other.summary).toMatchObject({ updated: 0, conflicts: 1 });
    const same = await previewImport(prepareImport(packText({ ...newer, name: 'Renamed', publisher: acme }), 'y.json', { now: new Date(T2) }));
    expect(same.summary).toMatchObject({ updated: 1, conflicts: 0 });
  });

  it('says once that a file of the wrong kind is neither a pack nor a CSV', async () => {
    const preview = await previewImport(prepareImport('Call Jane on Monday.\nAsk about the pilot.', 'notes.txt'));
    expect(preview).toMatchObject({ ok: false, kind: 'unknown', errors: [{ where: 'file', message: NOT_A_PACK_OR_CSV }] });
    if (!preview.ok) expect(preview.errors).toHaveLength(1);
  });

  it('lists what an import changes, item by item, naming each', async () => {
    await importText(packText(), 'acme.json');
    const next = packText({
      content: [contentItem({ updatedAt: T2, title: 'Intro note, v2' }), contentItem({ id: 'c2', title: 'Pricing answer' })],
      relationships: [relationship({ ...PACK_DETAILS, updatedAt: T2, strength: 5 })],
    });
    const preview = await previewImport(prepareImport(next, 'acme.json'));
    if (!preview.ok) throw new Error('expected ok');
    expect(preview.changes).toEqual([
      { kind: 'content', action: 'updated', id: 'c1', label: 'Intro note, v2', fields: ['title'] },
      { kind: 'content', action: 'added', id: 'c2', label: 'Pricing answer' },
      { kind: 'relationship', action: 'updated', id: 'r1', label: 'Jane Doe (Acme Robotics), known by Sam Seller', fields: ['strength'] },
    ]);
  });

  it('updates newer items and keeps local edits as conflicts', async () => {
    await putContent({ ...contentItem({ title: 'Edited here' }), meta: { origin: { kind: 'file', packName: 'Acme' }, locallyEditedAt: T2 } });
    const preview = await previewImport(
      prepareImport(packText({ content: [contentItem({ updatedAt: T2, title: 'From pack' })], relationships: [relationship({ updatedAt: T1 })] }), 'acme.json', { now: new Date(T2) }),
    );
    if (!preview.ok) throw new Error('expected ok');
    expect(preview.summary).toMatchObject({ added: 1, conflicts: 1 });
    await commitImport(preview.plan);
    expect((await getContent('c1'))?.title).toBe('Edited here');
  });

  it('refuses a file with errors and writes nothing', async () => {
    const preview = await previewImport(prepareImport(packText({ content: [contentItem({ body: '{{oops}}' })] }), 'bad.json'));
    expect(preview).toMatchObject({ ok: false, kind: 'pack', summary: { errors: 1, added: 0 } });
    expect(await listContent()).toEqual([]);
    expect(await listRelationships()).toEqual([]);
  });

  it('imports a CSV under the file name, and re-importing it updates rather than duplicates', async () => {
    const csv = `${CSV_COLUMNS.join(',')}\nperson,Jane Doe,,Acme,,friend,3,Sam,,,,,yes,,,,\n`;
    const first = await previewImport(prepareImport(csv, 'people.csv', { now: new Date(T1) }));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.origin).toEqual({ kind: 'file', packName: 'people.csv' });
    await commitImport(first.plan);
    const second = await previewImport(prepareImport(csv.replace(',3,', ',5,'), 'another-name.csv', { now: new Date(T2) }));
    if (!second.ok) throw new Error('expected ok');
    expect(second.summary).toMatchObject({ added: 0, updated: 1 });
    await commitImport(second.plan);
    const stored = await listRelationships();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.strength).toBe(5);
  });

  it('uses the origin it is given', async () => {
    const origin = { kind: 'subscription', url: 'https://x.example/p.json', packName: 'Team' } as const;
    const preview = await previewImport(prepareImport(packText(), 'p.json'), { origin });
    if (!preview.ok) throw new Error('expected ok');
    await commitImport(preview.plan);
    expect((await getContent('c1'))?.meta.origin).toEqual(origin);
  });

  it('runs all three steps at once for an import nobody confirms, and refuses a bad file whole', async () => {
    expect(await importText(packText(), 'demo-pack.json')).toEqual({
      ok: true,
      report: { added: 2, updated: 0, unchanged: 0, removed: 0, conflicts: 0, warnings: 0, errors: 0 },
    });
    await deleteAllData();
    const refused = await importText(packText({ content: [contentItem({ body: '{{oops}}' })] }), 'bad.json');
    expect(refused).toMatchObject({ ok: false, errors: [{ field: 'body', message: 'uses {{oops}}, which is not a token Warmline fills in' }] });
    expect(await listContent()).toEqual([]);
  });

  it('reads the text as the kind it is told, whatever the name says', () => {
    expect(prepareImport('scope,person_name', 'host.example', { kind: 'pack' })).toMatchObject({ ok: false, kind: 'pack' });
  });
});
