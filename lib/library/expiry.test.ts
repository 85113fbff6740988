import { describe, expect, it } from 'vitest';
import { contentItem } from '../../tests/support/builders';
import { availabilityOf, daysFromNow, expiringSoon, NO_OWNER } from './expiry';

const NOW = new Date('2026-03-10T12:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();

describe('availabilityOf', () => {
  it('says live, scheduled or expired for approved items and the status otherwise', () => {
    expect(availabilityOf(contentItem(), NOW)).toBe('live');
    expect(availabilityOf(contentItem({ validFrom: inDays(1) }), NOW)).toBe('scheduled');
    expect(availabilityOf(contentItem({ expiresAt: inDays(-1) }), NOW)).toBe('expired');
    expect(availabilityOf(contentItem({ expiresAt: NOW.toISOString() }), NOW)).toBe('expired');
    expect(availabilityOf(contentItem({ status: 'draft', expiresAt: inDays(-1) }), NOW)).toBe('draft');
    expect(availabilityOf(contentItem({ status: 'retired' }), NOW)).toBe('retired');
  });
});

describe('expiringSoon', () => {
  it('lists items expiring within 14 days by owner, soonest first, leaving out expired, later and retired ones', () => {
    const items = [
      contentItem({ id: 'mia-late', owner: 'Mia', expiresAt: inDays(10) }),
      contentItem({ id: 'mia-soon', owner: 'Mia', expiresAt: inDays(2) }),
      contentItem({ id: 'alex', owner: 'Alex', status: 'draft', expiresAt: inDays(14) }),
      contentItem({ id: 'nobody', expiresAt: inDays(1) }),
      contentItem({ id: 'expired', owner: 'Mia', expiresAt: inDays(-1) }),
      contentItem({ id: 'later', owner: 'Mia', expiresAt: inDays(15) }),
      contentItem({ id: 'retired', owner: 'Mia', status: 'retired', expiresAt: inDays(3) }),
      contentItem({ id: 'forever', owner: 'Mia' }),
    ];
    const groups = expiringSoon(items, NOW);
    expect(groups.map((g) => [g.owner, g.items.map((i) => i.id)])).toEqual([
      ['Alex', ['alex']],
      ['Mia', ['mia-soon', 'mia-late']],
      [NO_OWNER, ['nobody']],
    ]);
  });
});

describe('daysFromNow', () => {
  it('speaks in days', () => {
    expect(daysFromNow(inDays(3), NOW)).toBe('in 3 days');
    expect(daysFromNow(inDays(0.5), NOW)).toBe('within a day');
    expect(daysFromNow(inDays(-2), NOW)).toBe('2 days ago');
  });
});
