/** What the panel asks of the store, through the real router (the panel never opens it itself). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAllData, listActivities, listFeedback, putContent, saveSettings } from '../db';
import { personPage, storedContent } from '../../tests/support/builders';
import { ask, SENDERS } from '../../tests/support/routing';

const { panel } = SENDERS;
const JANE = personPage();

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
  await saveSettings({ name: 'Robin Rep' });
  await putContent(storedContent({ id: 'pricing', title: 'Pricing answer', body: 'Per seat, {{firstName}}.', approvedAt: '2026-01-02T00:00:00.000Z' }));
  await putContent(storedContent({ id: 'roi', title: 'ROI note', body: 'Payback in a quarter.', approvedAt: '2026-01-03T00:00:00.000Z', salesNote: 'For CFOs' }));
  await putContent(storedContent({ id: 'draft', title: 'Pricing draft', status: 'draft' }));
});

describe('the panel’s commands', () => {
  it('searches the approved library only', async () => {
    expect((await ask(panel, 'library:search', { query: 'pricing' })).map((item) => item.id)).toEqual(['pricing']);
    expect(await ask(panel, 'library:search', { query: 'nothing like this' })).toEqual([]);
  });

  it('lists what is new until the rep has seen it', async () => {
    expect(await ask(panel, 'library:unseen')).toEqual([
      { id: 'roi', title: 'ROI note', kind: 'message', salesNote: 'For CFOs' },
      { id: 'pricing', title: 'Pricing answer', kind: 'message' },
    ]);
    await ask(panel, 'library:mark-seen', { ids: ['roi'] });
    expect((await ask(panel, 'library:unseen')).map((item) => item.id)).toEqual(['pricing']);
  });

  it('records each action and each verdict, signed with the rep’s name from the settings', async () => {
    await ask(panel, 'activity:record', { action: 'insert', profile: JANE, contentId: 'pricing' });
    await ask(panel, 'activity:record', { action: 'intro-request', profile: JANE, relationshipId: 'r1' });
    expect(await ask(panel, 'feedback:record', { profile: JANE, contentId: 'pricing', verdict: 'objection', text: 'Too pricey', tag: 'price' })).toEqual({
      ok: true,
      feedbackId: expect.any(String),
    });
    expect((await listActivities()).map(({ action, actor, contentId, relationshipId }) => ({ action, actor, contentId, relationshipId }))).toEqual(
      expect.arrayContaining([
        { action: 'insert', actor: 'Robin Rep', contentId: 'pricing', relationshipId: undefined },
        { action: 'intro-request', actor: 'Robin Rep', contentId: undefined, relationshipId: 'r1' },
        { action: 'feedback', actor: 'Robin Rep', contentId: 'pricing', relationshipId: undefined },
      ]),
    );
    expect(await listFeedback()).toMatchObject([{ verdict: 'objection', objection: { text: 'Too pricey', tag: 'price' }, actor: 'Robin Rep' }]);
  });

  it('says what is wrong with an objection that names nothing, and records nothing', async () => {
    const answer = await ask(panel, 'feedback:record', { profile: JANE, contentId: 'pricing', verdict: 'objection', text: '   ', tag: 'price' });
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('objection') });
    expect(await ask(panel, 'feedback:record', { profile: JANE, contentId: 'pricing', verdict: 'objection' })).toMatchObject({ ok: false });
    expect(await listFeedback()).toEqual([]);
  });

  it('asks "Did it land?" on a later visit, about what was copied or inserted for this prospect before it', async () => {
    await ask(panel, 'activity:record', { action: 'copy', profile: JANE, contentId: 'pricing' });
    await ask(panel, 'activity:record', { action: 'share', profile: JANE, contentId: 'roi' });
    // The same visit: nothing is asked yet.
    expect(await ask(panel, 'feedback:pending', { profile: JANE, before: new Date(Date.now() - 60_000).toISOString() })).toEqual([]);
    const later = new Date(Date.now() + 1000).toISOString();
    expect(await ask(panel, 'feedback:pending', { profile: JANE, before: later })).toEqual([
      expect.objectContaining({ contentId: 'pricing', title: 'Pricing answer', action: 'copy', profileSlug: JANE.slug }),
    ]);
    const given = await ask(panel, 'feedback:record', { profile: JANE, contentId: 'pricing', verdict: 'worked' });
    expect(await ask(panel, 'feedback:pending', { profile: JANE, before: later })).toEqual([]);
    // Undo takes the verdict back, and the question with it.
    if (!given.ok) throw new Error(given.error);
    expect(await ask(panel, 'feedback:undo', { feedbackId: given.feedbackId })).toEqual({ ok: true });
    expect(await listFeedback()).toEqual([]);
    expect((await ask(panel, 'feedback:pending', { profile: JANE, before: later })).map((use) => use.contentId)).toEqual(['pricing']);
  });

  it('leaves out of "New for you" what the rep approved themselves', async () => {
    await putContent(storedContent({ id: 'mine', title: 'My own', approvedBy: 'Robin Rep', approvedAt: '2026-01-04T00:00:00.000Z' }));
    expect((await ask(panel, 'library:unseen')).map((item) => item.id)).not.toContain('mine');
  });
});
