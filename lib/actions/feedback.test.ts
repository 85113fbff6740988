import { beforeEach, describe, expect, it } from 'vitest';
import { listActivities, listFeedback } from '../db';
import { useFreshDatabase } from '../../tests/support/fake-store';
import type { ProfileSnapshot } from '../model/profile';
import { recordFeedback } from './feedback';

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
});
