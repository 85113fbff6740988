import { describe, expect, it } from 'vitest';
import { confirmedOn, isStale } from './staleness';

const NOW = new Date('2026-06-15T12:00:00.000Z');

describe('staleness', () => {
  it('counts from the confirmation, else from the last update (a version 1 flag)', () => {
    expect(confirmedOn({ updatedAt: '2026-01-01T00:00:00Z', confirmedAt: '2025-01-01T00:00:00Z' })).toBe('2025-01-01T00:00:00Z');
    expect(confirmedOn({ updatedAt: '2026-01-01T00:00:00Z' })).toBe('2026-01-01T00:00:00Z');
  });

  it('is stale after 12 calendar months, not a moment before', () => {
    expect(isStale({ updatedAt: '2025-06-15T12:00:00.000Z' }, NOW)).toBe(false);
    expect(isStale({ updatedAt: '2025-06-15T11:59:59.999Z' }, NOW)).toBe(true);
    expect(isStale({ updatedAt: '2024-01-01T00:00:00Z', confirmedAt: '2026-01-01T00:00:00Z' }, NOW)).toBe(false);
    expect(isStale({ updatedAt: '2026-06-01T00:00:00Z', confirmedAt: '2025-01-01T00:00:00Z' }, NOW)).toBe(true);
  });

  it('takes a date that does not read as stale', () => {
    expect(isStale({ updatedAt: 'not a date' }, NOW)).toBe(true);
  });
});
