import { beforeEach, describe, expect, it } from 'vitest';
import { getMeta, META } from '../db';
import { contentItem } from '../../tests/support/builders';
import { putRawMeta, useFreshDatabase } from '../../tests/support/fake-store';
import { markSeen, seenIds, unseenApproved } from './sell-in';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('sell-in', () => {
  beforeEach(useFreshDatabase);

  it('remembers seen ids across calls, without repeats', async () => {
    expect(await seenIds()).toEqual(new Set());
    await markSeen(['b', 'a']);
    await markSeen(['a', 'c']);
    expect(await seenIds()).toEqual(new Set(['a', 'b', 'c']));
    expect(await getMeta(META.sellInSeen)).toEqual(['a', 'b', 'c']);
  });

  it('treats a corrupt record as nothing seen', async () => {
    await putRawMeta(META.sellInSeen, { not: 'a list' });
    expect(await seenIds()).toEqual(new Set());
    await putRawMeta(META.sellInSeen, ['a', 7]);
    expect(await seenIds()).toEqual(new Set(['a']));
  });

  it('offers only available items not yet seen, latest approval first', () => {
    const items = [
      contentItem({ id: 'old', approvedAt: '2026-03-01T00:00:00Z' }),
      contentItem({ id: 'new', approvedAt: '2026-03-09T00:00:00Z' }),
      contentItem({ id: 'seen', approvedAt: '2026-03-09T00:00:00Z' }),
      contentItem({ id: 'draft', status: 'draft' }),
      contentItem({ id: 'retired', status: 'retired' }),
      contentItem({ id: 'expired', expiresAt: '2026-03-01T00:00:00Z' }),
      contentItem({ id: 'scheduled', validFrom: '2026-04-01T00:00:00Z' }),
    ];
    expect(unseenApproved(items, new Set(['seen']), NOW).map((item) => item.id)).toEqual(['new', 'old']);
  });

  it('leaves out what the user approved or owns: their own work is not news to them', () => {
    const items = [
      contentItem({ id: 'mine', approvedBy: 'Mia Marketer' }),
      contentItem({ id: 'owned', owner: ' mia marketer ' }),
      contentItem({ id: 'theirs', approvedBy: 'Sam Other' }),
    ];
    expect(unseenApproved(items, new Set(), NOW, 'Mia Marketer').map((item) => item.id)).toEqual(['theirs']);
    expect(unseenApproved(items, new Set(), NOW, '').map((item) => item.id)).toHaveLength(3);
  });
});
