import { describe, expect, it } from 'vitest';
import { DRAFT_STORAGE_KEY, clearDraft, draftKeyFor, loadDraft, saveDraft, type DraftStorage } from './draft';
import { emptyForm } from './form';

function memoryStorage(initial: Record<string, unknown> = {}): DraftStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

const NOW = new Date('2026-03-01T00:00:00Z');

describe('drafts', () => {
  it('keeps a draft per profile and restores it', async () => {
    const storage = memoryStorage();
    const jane = { ...emptyForm(), name: 'Jane Doe', notes: 'half typed' };
    const manual = { ...emptyForm(), name: 'Someone' };
    await saveDraft(storage, 'https://www.linkedin.com/in/jane/', { form: jane }, NOW);
    await saveDraft(storage, draftKeyFor(undefined), { form: manual, editingId: 'flag-9' }, NOW);
    expect((await loadDraft(storage, 'https://www.linkedin.com/in/jane/'))?.form).toEqual(jane);
    expect(await loadDraft(storage, 'manual')).toEqual({ form: manual, editingId: 'flag-9', savedAt: NOW.toISOString() });
    expect(await loadDraft(storage, 'https://www.linkedin.com/in/other/')).toBeUndefined();
  });

  it('clears only the saved profile\'s draft', async () => {
    const storage = memoryStorage();
    await saveDraft(storage, 'a', { form: emptyForm() }, NOW);
    await saveDraft(storage, 'b', { form: emptyForm() }, NOW);
    await clearDraft(storage, 'a');
    expect(await loadDraft(storage, 'a')).toBeUndefined();
    expect(await loadDraft(storage, 'b')).toBeDefined();
  });

  it('repairs a corrupt or old-shaped draft instead of failing', async () => {
    const storage = memoryStorage({
      [DRAFT_STORAGE_KEY]: { manual: { form: { name: 'Jane', strength: 9, relation: 'enemy', scope: 'planet', canIntro: 'yes' }, savedAt: NOW.toISOString() } },
    });
    const draft = await loadDraft(storage, 'manual');
    expect(draft?.form).toEqual({ ...emptyForm(), name: 'Jane' });
    expect(await loadDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: 'garbage' }), 'manual')).toBeUndefined();
  });

  it('drops drafts older than a month when writing', async () => {
    const storage = memoryStorage();
    await saveDraft(storage, 'old', { form: emptyForm() }, new Date('2026-01-01T00:00:00Z'));
    await saveDraft(storage, 'new', { form: emptyForm() }, NOW);
    expect(Object.keys(storage.data[DRAFT_STORAGE_KEY] as object)).toEqual(['new']);
  });
});
