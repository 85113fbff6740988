import { describe, expect, it } from 'vitest';
import { FROM_PACK, storedRelationship } from '../../tests/support/builders';
import { staleFlagsOf } from './confirm';

const NOW = new Date('2026-06-15T12:00:00.000Z');

describe('staleFlagsOf', () => {
  it("lists the user's own flags not confirmed for a year, the longest unconfirmed first; others' and fresh ones are left out", () => {
    const all = [
      storedRelationship({ id: 'fresh', updatedAt: '2026-05-01T00:00:00Z' }),
      storedRelationship({ id: 'stale-2025', updatedAt: '2025-03-01T00:00:00Z' }),
      storedRelationship({ id: 'stale-2024', updatedAt: '2026-05-01T00:00:00Z', confirmedAt: '2024-03-01T00:00:00Z' }),
      storedRelationship({ id: 'someone-elses', updatedAt: '2024-01-01T00:00:00Z', knownBy: { name: 'Pat Partner' }, meta: FROM_PACK }),
    ];
    expect(staleFlagsOf(all, 'Sam Seller', NOW).map((rel) => rel.id)).toEqual(['stale-2024', 'stale-2025']);
  });
});
