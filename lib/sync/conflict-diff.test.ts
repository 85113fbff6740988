import { describe, expect, it } from 'vitest';
import type { TeamConflict } from '../model';
import { contentItem, relationship } from '../../tests/support/builders';
import { conflictDifferences, theirsLabel } from './conflict-diff';

const SERVED = '2026-03-02T10:00:00.000Z';

describe('what differs between two versions', () => {
  it('lists the fields of a flag that differ, in words, with a deletion on either side', () => {
    const mine = relationship({ notes: 'Met at SaaStr', strength: 5 });
    const theirs = relationship({ notes: 'Worked together', strength: 5 });
    const conflict: TeamConflict = {
      key: 'relationship:r1',
      kind: 'relationship',
      id: 'r1',
      reason: 'changed',
      theirs: { op: 'put', kind: 'relationship', id: 'r1', version: 2, record: theirs, meta: { owner: { id: '2c9d7b1e-8a4f-4e6b-9c3d-1f0a5b7e2d44', name: 'Dora' }, mine: true, share: 'team', teams: [], narrowed: false, serverUpdatedAt: SERVED } },
      at: SERVED,
    };
    expect(conflictDifferences(conflict, mine)).toEqual([{ field: 'Notes', mine: 'Met at SaaStr', theirs: 'Worked together' }]);
    expect(theirsLabel(conflict)).toBe("The server's version, saved 2026-03-02 10:00 UTC");
    expect(conflictDifferences(conflict, undefined)[0]).toMatchObject({ mine: '(deleted)' });
    expect(conflictDifferences({ ...conflict, theirs: null, reason: 'deleted' }, mine)[0]).toMatchObject({ field: 'Name', theirs: '(deleted)' });
  });

  it("lists an item's fields that differ", () => {
    const conflict: TeamConflict = {
      key: 'content:c1',
      kind: 'content',
      id: 'c1',
      reason: 'changed',
      theirs: { op: 'put', kind: 'content', id: 'c1', version: 3, record: contentItem({ title: 'New title', status: 'retired' }), meta: { team: null, serverUpdatedAt: SERVED } },
      at: SERVED,
    };
    expect(conflictDifferences(conflict, contentItem()).map((d) => d.field)).toEqual(['Title', 'Status']);
  });
});
