import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAllData, getContent, getRelationship, listContent, listRelationships, putContent } from '../db';
import { CSV_COLUMNS } from './csv';
import { commitImport, detectFileKind, importText, prepareImport, previewImport } from './import';
import { contentItem, packText, relationship, T1, T2 } from '../../tests/support/builders';

beforeEach(async () => {
  await deleteAllData();
});

describe('detectFileKind', () => {
  it('goes by extension, then by content', () => {
    expect(detectFileKind('pack.JSON', 'a,b')).toBe('pack');
    expect(detectFileKind('people.csv', '{')).toBe('csv');
    expect(detectFileKind('download', '\uFEFF  {"format":1}')).toBe('pack');
    expect(detectFileKind('download', 'scope,person_name')).toBe('csv');
  });
});

describe('the import pipeline: prepare, preview, commit', () => {
  it('previews without writing, then commits all at once', async () => {
    const preview = await previewImport(prepareImport(packText({ extra: true }), 'acme.json'));
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.origin).toEqual({ kind: 'pack', packName: 'Acme field pack' });
    expect(preview.summary).toEqual({ added: 2, updated: 0, unchanged: 0, conflicts: 0, warnings: 1, errors: 0 });
    expect(await listContent()).toEqual([]);

    expect(await commitImport(preview.plan)).toEqual({ added: 2, updated: 0, unchanged: 0, conflicts: 0, warnings: 1, errors: 0 });
    expect(await getContent('c1')).toMatchObject({ title: 'Intro note', meta: { origin: { kind: 'pack', packName: 'Acme field pack' } } });
    expect(await getRelationship('r1')).toMatchObject({ keys: { personSlug: 'jane-doe' } });

    const again = await previewImport(prepareImport(packText(), 'acme.json'));
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('updates newer items and keeps local edits as conflicts', async () => {
    await putContent({ ...contentItem({ title: 'Edited here' }), meta: { origin: { kind: 'pack', packName: 'Acme' }, locallyEditedAt: T2 } });
    const preview = await previewImport(
      prepareImport(packText({ content: [contentItem({ updatedAt: T2, title: 'From pack' })], relationships: [relationship({ updatedAt: T1 })] }), 'acme.json'),
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
    expect(first.origin).toEqual({ kind: 'pack', packName: 'people.csv' });
    await commitImport(first.plan);
    const second = await previewImport(prepareImport(csv.replace(',3,', ',5,'), 'people.csv', { now: new Date(T2) }));
    if (!second.ok) throw new Error('expected ok');
    expect(second.summary).toMatchObject({ added: 0, updated: 1 });
    await commitImport(second.plan);
    const stored = await listRelationships();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.strength).toBe(5);
  });

  it('uses the origin it is given', async () => {
    const origin = { kind: 'pack', packName: 'Team', subscriptionUrl: 'https://x.example/p.json' } as const;
    const preview = await previewImport(prepareImport(packText(), 'p.json'), origin);
    if (!preview.ok) throw new Error('expected ok');
    await commitImport(preview.plan);
    expect((await getContent('c1'))?.meta.origin).toEqual(origin);
  });

  it('runs all three steps at once for an import nobody confirms, and refuses a bad file whole', async () => {
    expect(await importText(packText(), 'demo-pack.json')).toEqual({
      ok: true,
      report: { added: 2, updated: 0, unchanged: 0, conflicts: 0, warnings: 0, errors: 0 },
    });
    await deleteAllData();
    const refused = await importText(packText({ content: [contentItem({ body: '{{oops}}' })] }), 'bad.json');
    expect(refused).toMatchObject({ ok: false, errors: [{ field: 'body', message: 'unknown token {{oops}}' }] });
    expect(await listContent()).toEqual([]);
  });

  it('reads the text as the kind it is told, whatever the name says', () => {
    expect(prepareImport('scope,person_name', 'host.example', { kind: 'pack' })).toMatchObject({ ok: false, kind: 'pack' });
  });
});
