// The parts that touch the store: duplicates, save, delete and undo (fake-indexeddb).
import { beforeEach, describe, expect, it } from 'vitest';
import { getRelationship, listRelationships, putRelationship } from '../db';
import { FROM_PACK, LOCAL, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';
import { findExistingFlag, findFlagForForm } from './duplicates';
import { emptyForm, type FlagForm } from './form';
import { saveFlag } from './save';
import { deleteFlag, restoreFlag } from './undo';

const settings = { name: 'Mia Marketer', email: '', team: 'Brand' };
const NOW = new Date('2026-03-01T12:00:00.000Z');
let counter = 0;
const newId = () => `flag-${++counter}`;

const janeForm: FlagForm = {
  ...emptyForm(),
  name: 'Jane Doe',
  company: 'Acme Robotics',
  url: 'https://www.linkedin.com/in/jane-doe-8a1b2c/',
  relation: 'friend',
  strength: '4',
};

describe('saveFlag', () => {
  beforeEach(async () => {
    counter = 0;
    await useFreshDatabase();
  });

  it('stores a new local flag held by the user', async () => {
    const outcome = await saveFlag(janeForm, { settings, now: NOW, newId });
    expect(outcome.kind).toBe('saved');
    const stored = await getRelationship('flag-1');
    expect(stored?.meta).toEqual(LOCAL);
    expect(stored?.knownBy).toEqual({ name: 'Mia Marketer', team: 'Brand' });
    expect(stored?.keys.personSlug).toBe('jane-doe-8a1b2c');
  });

  it('returns the problems and writes nothing when invalid', async () => {
    const outcome = await saveFlag({ ...janeForm, relation: '' }, { settings, now: NOW, newId });
    expect(outcome).toEqual({ kind: 'invalid', errors: { relation: 'Choose how you know them.' } });
    expect(await listRelationships()).toEqual([]);
  });

  it('points at the existing flag instead of duplicating the same person (by slug)', async () => {
    await saveFlag(janeForm, { settings, now: NOW, newId });
    const again = await saveFlag({ ...janeForm, name: 'J. Doe', strength: '1' }, { settings, now: NOW, newId });
    expect(again.kind).toBe('duplicate');
    expect(again.kind === 'duplicate' && again.existing.id).toBe('flag-1');
    expect(await listRelationships()).toHaveLength(1);
  });

  it('finds the same person by normalised name and company when a URL is missing', async () => {
    await saveFlag(janeForm, { settings, now: NOW, newId });
    const again = await saveFlag({ ...janeForm, url: '', name: 'jane  DOE, MBA', company: 'Acme Robotics Inc.' }, { settings, now: NOW, newId });
    expect(again.kind).toBe('duplicate');
  });

  it('does not call a namesake at another profile a duplicate', async () => {
    await saveFlag(janeForm, { settings, now: NOW, newId });
    const other = await saveFlag({ ...janeForm, url: 'https://www.linkedin.com/in/jane-doe-77/' }, { settings, now: NOW, newId });
    expect(other.kind).toBe('saved');
  });

  it('a colleague\'s relationship with the same person is not the user\'s duplicate', async () => {
    await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'sam-1', person: { name: 'Jane Doe', profileUrl: janeForm.url }, knownBy: { name: 'Sam Seller' } }), FROM_PACK);
    expect((await saveFlag(janeForm, { settings, now: NOW, newId })).kind).toBe('saved');
  });

  it('editing updates in place and may keep its own subject', async () => {
    await saveFlag(janeForm, { settings, now: NOW, newId });
    const later = new Date('2026-03-02T00:00:00.000Z');
    const outcome = await saveFlag({ ...janeForm, strength: '2' }, { settings, editingId: 'flag-1', now: later, newId });
    expect(outcome.kind).toBe('saved');
    expect(outcome.kind === 'saved' && outcome.created).toBe(false);
    const all = await listRelationships();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: 'flag-1', strength: 2, createdAt: NOW.toISOString(), updatedAt: later.toISOString() });
  });

  it('editing a pack relationship keeps its origin and marks it edited locally', async () => {
    await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'pack-1', knownBy: { name: 'Mia Marketer' } }), FROM_PACK);
    const existing = await getRelationship('pack-1');
    const form: FlagForm = { ...janeForm, name: existing!.person!.name, url: existing!.person!.profileUrl!, notes: 'met again' };
    const outcome = await saveFlag(form, { settings, editingId: 'pack-1', now: NOW, newId });
    expect(outcome.kind).toBe('saved');
    expect((await getRelationship('pack-1'))?.meta).toEqual({ ...FROM_PACK, locallyEditedAt: NOW.toISOString() });
  });
});

describe('findExistingFlag for companies', () => {
  beforeEach(useFreshDatabase);

  it('matches a company flag by page slug or by normalised name', async () => {
    const form: FlagForm = { ...emptyForm('company'), company: 'Northwind Traders', url: 'https://www.linkedin.com/company/northwind-traders/', relation: 'partner' };
    const first = await saveFlag(form, { settings, now: NOW, newId: () => 'co-1' });
    expect(first.kind).toBe('saved');
    const rel = relationship({ id: 'x', scope: 'company', person: undefined, company: { name: 'Northwind Traders LLC' } });
    expect((await findExistingFlag(rel, settings.name))?.id).toBe('co-1');
    const person = relationship({ id: 'y', person: { name: 'Ann' }, company: { name: 'Northwind Traders' } });
    expect(await findExistingFlag(person, settings.name)).toBeUndefined();
  });
});

describe('delete and undo', () => {
  beforeEach(useFreshDatabase);

  it('restores exactly the record that was deleted', async () => {
    await putRelationship(
      relationship({ company: ACME_ROBOTICS, id: 'pack-1', notes: 'n', qualification: { yearsInIndustry: 3 } }),
      { ...FROM_PACK, locallyEditedAt: '2026-02-01T00:00:00.000Z' },
    );
    const before = await getRelationship('pack-1');
    const deleted = await deleteFlag('pack-1');
    expect(deleted).toEqual(before);
    expect(await getRelationship('pack-1')).toBeUndefined();
    await restoreFlag(deleted!);
    expect(await getRelationship('pack-1')).toEqual(before);
  });

  it('deleting a flag that is already gone returns nothing', async () => {
    expect(await deleteFlag('nope')).toBeUndefined();
  });
});

describe('findFlagForForm', () => {
  beforeEach(useFreshDatabase);

  it('finds the user\'s flag for the profile the popup opened on', async () => {
    await saveFlag(janeForm, { settings, now: NOW, newId: () => 'flag-j' });
    const prefill = { ...emptyForm(), name: 'Jane Doe', url: janeForm.url, company: 'Acme Robotics' };
    expect((await findFlagForForm(prefill, settings.name))?.id).toBe('flag-j');
    expect(await findFlagForForm(prefill, settings.name, 'flag-j')).toBeUndefined();
    expect(await findFlagForForm({ ...prefill, url: 'https://www.linkedin.com/in/someone-else/' }, settings.name)).toBeUndefined();
    expect(await findFlagForForm({ ...emptyForm() }, settings.name)).toBeUndefined();
  });
});
