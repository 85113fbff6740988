import { beforeEach, describe, expect, it } from 'vitest';
import { listActivities, listFeedback } from '../db';
import { useFreshDatabase } from '../../tests/support/fake-store';
import type { ProfileSnapshot } from '../model/profile';
import { recordFeedback, undoFeedback, UNDO_VERDICT_MS } from './feedback';

const JANE: ProfileSnapshot = { url: 'https://www.linkedin.com/in/jane-doe/', slug: 'jane-doe', kind: 'person', fullName: 'Jane Doe', cues: [] };
const NOW = new Date('2026-03-02T09:00:00.000Z');

describe('recordFeedback', () => {
  beforeEach(useFreshDatabase);

  it('writes the verdict and a feedback activity that points at it', async () => {
    const { feedback } = await recordFeedback({ verdict: 'worked' }, JANE, { contentId: 'c1', actor: 'Sam' }, NOW);
    expect(await listFeedback()).toEqual([
      { id: feedback.id, at: NOW.toISOString(), contentId: 'c1', profileSlug: 'jane-doe', verdict: 'worked', actor: 'Sam' },
    ]);
    const [activity] = await listActivities();
    expect(activity).toMatchObject({ action: 'feedback', contentId: 'c1', profileSlug: 'jane-doe', feedbackId: feedback.id, actor: 'Sam' });
  });

  it('keeps an objection with its words and tag', async () => {
    await recordFeedback({ verdict: 'objection', text: '  Too pricey for Q4 ', tag: 'price' }, JANE, { contentId: 'c1' }, NOW);
    const [saved] = await listFeedback();
    expect(saved?.objection).toEqual({ text: 'Too pricey for Q4', tag: 'price' });
  });

  it('refuses an objection with no words and writes nothing', async () => {
    await expect(recordFeedback({ verdict: 'objection', text: '   ', tag: 'need' }, JANE, { contentId: 'c1' }, NOW)).rejects.toThrow();
    expect(await listFeedback()).toEqual([]);
    expect(await listActivities()).toEqual([]);
  });

  it('undoes a verdict just given, with its activity, and nothing else', async () => {
    const { feedback: kept } = await recordFeedback({ verdict: 'worked' }, JANE, { contentId: 'c1' }, NOW);
    const { feedback: taken } = await recordFeedback({ verdict: 'didnt-land' }, JANE, { contentId: 'c2' }, NOW);
    expect(await undoFeedback(taken.id, new Date(NOW.getTime() + 60_000))).toEqual({ ok: true });
    expect((await listFeedback()).map((f) => f.id)).toEqual([kept.id]);
    expect((await listActivities()).map((a) => a.feedbackId)).toEqual([kept.id]);
    expect(await undoFeedback(taken.id, NOW)).toEqual({ ok: false, error: 'That verdict was already taken back.' });
  });

  it('keeps a verdict too old to undo', async () => {
    const { feedback } = await recordFeedback({ verdict: 'worked' }, JANE, { contentId: 'c1' }, NOW);
    const later = new Date(NOW.getTime() + UNDO_VERDICT_MS + 1);
    expect(await undoFeedback(feedback.id, later)).toEqual({ ok: false, error: 'That verdict is too old to undo.' });
    expect(await listFeedback()).toHaveLength(1);
    expect(await listActivities()).toHaveLength(1);
  });
});
