import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAllData, listRelationships, putRelationship } from '../db';
import { CSV_COLUMNS } from './csv';
import { commitImport, prepareImport, previewImport } from './import';
import { relationship, T1, T2 } from '../../tests/support/builders';

const csv = (...rows: string[]) => `${CSV_COLUMNS.join(',')}\n${rows.join('\n')}\n`;
const JANE = 'person,Jane Doe,,Acme,,friend,3,Sam,,,,,yes,,,,';

async function importCsv(text: string, name = 'people.csv', now = T1) {
  const preview = await previewImport(prepareImport(text, name, { now: new Date(now) }));
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  await commitImport(preview.plan);
  return preview;
}

beforeEach(async () => {
  await deleteAllData();
});

describe('ids of CSV rows that bring none', () => {
  it('cannot be worked out from the names: the same sheet in two fresh browsers gets different ids', async () => {
    await importCsv(csv(JANE));
    const [first] = await listRelationships();
    await deleteAllData();
    await importCsv(csv(JANE));
    const [second] = await listRelationships();
    expect(first?.id).toMatch(/^csv-[0-9a-f-]{36}$/);
    expect(second?.id).not.toBe(first?.id);
  });

  it('are kept when the same origin imports the sheet again, so it updates instead of adding a copy', async () => {
    await importCsv(csv(JANE));
    const [first] = await listRelationships();
    const again = await importCsv(csv(JANE.replace(',3,', ',5,').replace('Jane Doe', ' jane  DOE ')), 'people.csv', T2);
    expect(again.summary).toMatchObject({ added: 0, updated: 1 });
    const stored = await listRelationships();
    expect(stored.map((rel) => [rel.id, rel.strength])).toEqual([[first?.id, 5]]);
  });

  it('never match a record of another origin, so a pack cannot plant one for a spreadsheet to update', async () => {
    const planted = relationship({ id: 'planted', person: { name: 'Jane Doe' }, company: { name: 'Acme' }, knownBy: { name: 'Sam' }, notes: 'from elsewhere' });
    await putRelationship(planted, { origin: { kind: 'subscription', url: 'https://evil.example/p.json' } });
    const preview = await importCsv(csv(JANE));
    expect(preview.summary).toMatchObject({ added: 1, conflicts: 0 });
    const stored = await listRelationships();
    expect(stored.find((rel) => rel.id === 'planted')?.notes).toBe('from elsewhere');
    expect(stored).toHaveLength(2);
  });

  it('refuse a row that would land on the record another row names by id', async () => {
    await importCsv(csv(JANE));
    const [first] = await listRelationships();
    const text = `id,${CSV_COLUMNS.join(',')}\n${first?.id},${JANE}\n,${JANE.replace(',3,', ',4,')}\n`;
    const preview = await previewImport(prepareImport(text, 'people.csv', { now: new Date(T2) }));
    expect(preview).toMatchObject({ ok: false, errors: [{ where: 'row 3', field: 'id', message: expect.stringContaining(`"${first?.id}"`) }] });
  });
});
