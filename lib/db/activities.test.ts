import { beforeEach, describe, expect, it } from 'vitest';
import { activitiesForContent, addActivity, listActivities } from './activities';
import { activity } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

describe('activities store', () => {
  beforeEach(useFreshDatabase);

  it('adds and lists oldest first, optionally since a time', async () => {
    await addActivity(activity({ id: 'late', at: '2026-03-01T00:00:00.000Z' }));
    await addActivity(activity({ id: 'early', at: '2026-01-01T00:00:00.000Z' }));
    await addActivity(activity({ id: 'mid', at: '2026-02-01T00:00:00.000Z' }));
    expect((await listActivities()).map((a) => a.id)).toEqual(['early', 'mid', 'late']);
    expect((await listActivities({ since: '2026-02-01T00:00:00.000Z' })).map((a) => a.id)).toEqual(['mid', 'late']);
    expect(await listActivities({ since: '2027-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('adding the same id twice keeps one record', async () => {
    await addActivity(activity());
    await addActivity(activity());
    expect(await listActivities()).toHaveLength(1);
  });

  it('lists by content, leaving out activities without one', async () => {
    await addActivity(activity({ id: 'a1', contentId: 'c1' }));
    await addActivity(activity({ id: 'a2', contentId: 'c2' }));
    await addActivity(activity({ id: 'a3', contentId: undefined, action: 'intro-request', relationshipId: 'r1' }));
    expect((await activitiesForContent('c1')).map((a) => a.id)).toEqual(['a1']);
    expect(await listActivities()).toHaveLength(3);
  });
});
