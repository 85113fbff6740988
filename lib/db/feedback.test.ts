import { beforeEach, describe, expect, it } from 'vitest';
import { addFeedback, feedbackForContent, listFeedback } from './feedback';
import { feedback } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

describe('feedback store', () => {
  beforeEach(useFreshDatabase);

  it('adds, lists oldest first and lists by content', async () => {
    const objection = feedback({
      id: 'f2',
      at: '2026-01-01T00:00:00.000Z',
      contentId: 'c2',
      verdict: 'objection',
      objection: { text: 'Too expensive', tag: 'price' },
    });
    await addFeedback(feedback({ id: 'f1', at: '2026-02-01T00:00:00.000Z', contentId: 'c1' }));
    await addFeedback(objection);
    expect((await listFeedback()).map((f) => f.id)).toEqual(['f2', 'f1']);
    expect(await feedbackForContent('c2')).toEqual([objection]);
    expect(await feedbackForContent('nope')).toEqual([]);
  });
});
