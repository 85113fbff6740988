import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings, settingsFrom } from '../model';
import { getMeta, META, putMeta } from './meta';
import { getSettings, saveSettings } from './settings';
import { putRawMeta, useFreshDatabase } from '../../tests/support/fake-store';

describe('settings', () => {
  beforeEach(useFreshDatabase);

  it('written-out defaults are exactly what the schema gives for nothing', () => {
    expect(DEFAULT_SETTINGS).toEqual(Settings.parse({}));
  });

  it('are the defaults before anything is saved', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a patch over the stored settings and returns the result', async () => {
    const first = await saveSettings({ name: 'Sam Seller', role: 'marketer' });
    expect(first).toEqual({ ...DEFAULT_SETTINGS, name: 'Sam Seller', role: 'marketer' });
    const second = await saveSettings({ fiscalYearStartMonth: 4, name: undefined });
    expect(second).toEqual({ ...first, fiscalYearStartMonth: 4 });
    expect(await getSettings()).toEqual(second);
  });

  it('rejects an invalid patch and writes nothing', async () => {
    await saveSettings({ name: 'Sam' });
    await expect(saveSettings({ fiscalYearStartMonth: 13 })).rejects.toThrow();
    expect((await getSettings()).fiscalYearStartMonth).toBe(1);
    expect((await getSettings()).name).toBe('Sam');
  });

  it('falls back to defaults for a corrupt record, keeping the fields that are valid', async () => {
    await putRawMeta(META.settings, 'not an object');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);

    await putRawMeta(META.settings, { name: 'Sam', email: 'not-an-email', fiscalYearStartMonth: 'x', extra: 1 });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, name: 'Sam' });
  });

  it('settingsFrom never throws', () => {
    for (const raw of [undefined, null, 42, [], { role: 'admin' }]) expect(settingsFrom(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps other meta records beside settings', async () => {
    expect(await getMeta(META.guardrails)).toEqual({});
    await putMeta(META.guardrails, { c1: { disclosure: 'I work at Acme.' } });
    await saveSettings({ team: 'EMEA' });
    expect(await getMeta(META.guardrails)).toEqual({ c1: { disclosure: 'I work at Acme.' } });
  });

  it('reads every meta record through its schema: a value of the wrong shape reads as missing', async () => {
    const held = META.subscriptionHeld('https://packs.acme.example/p.json');
    await putRawMeta(held, { content: 'many' });
    expect(await getMeta(held)).toBeUndefined();
    await putMeta(held, { content: 2, relationships: 1, conflicts: [] });
    expect(await getMeta(held)).toEqual({ content: 2, relationships: 1, conflicts: [] });
    await putRawMeta(META.contentStamp, 42);
    expect(await getMeta(META.contentStamp)).toBeUndefined();
  });
});
