import { describe, expect, it } from 'vitest';
import { clearDraft, draftKeyFor, draftsFrom, loadDraft, saveDraft, type DraftStorage } from './draft';
import { emptyForm } from './form';

/** Storage as the popup's browser.storage item behaves: a stored copy, read back through draftsFrom. */
function memoryStorage(initial: unknown = undefined): DraftStorage & { stored(): unknown } {
  let data: unknown = structuredClone(initial);
  return {
    stored: () => data,
    get: async () => draftsFrom(structuredClone(data)),
    set: async (drafts) => {
      data = structuredClone(drafts);
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
      manual: { form: { name: 'Jane', strength: 9, relation: 'enemy', scope: 'planet', canIntro: 'yes', forwardLooking: 'maybe' }, savedAt: NOW.toISOString() },
      broken: { form: 'not a form' },
    });
    const draft = await loadDraft(storage, 'manual');
    expect(draft?.form).toEqual({ ...emptyForm(), name: 'Jane' });
    expect(await loadDraft(storage, 'broken')).toBeUndefined();
    expect(await loadDraft(memoryStorage('garbage'), 'manual')).toBeUndefined();
  });

  it('drops drafts older than a month when writing', async () => {
    const storage = memoryStorage();
    await saveDraft(storage, 'old', { form: emptyForm() }, new Date('2026-01-01T00:00:00Z'));
    await saveDraft(storage, 'new', { form: emptyForm() }, NOW);
    expect(Object.keys(await storage.get())).toEqual(['new']);
  });
});
