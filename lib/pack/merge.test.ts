import { describe, expect, it } from 'vitest';
import type { Origin, StoredContent, StoredRelationship } from '../model';
import { decide, planMerge } from './merge';
import { contentItem, relationship, storedContent, storedRelationship, T0, T1, T2 } from '../../tests/support/builders';

const ORIGIN: Origin = { kind: 'pack', packName: 'Acme field pack' };
const FROM_PACK = { origin: { kind: 'pack', packName: 'old' } } as const;

/** What an earlier version of the pack left in the store: version T1. */
const stored = (overrides: Partial<StoredContent> = {}) => storedContent({ updatedAt: T1, meta: FROM_PACK, ...overrides });

function existing(content: StoredContent[] = [], rels: StoredRelationship[] = []) {
  return { content: new Map(content.map((c) => [c.id, c])), relationships: new Map(rels.map((r) => [r.id, r])) };
}

describe('decide', () => {
  it('follows docs/PACK-FORMAT.md merging', () => {
    expect(decide(undefined, T1)).toBe('added');
    expect(decide({ updatedAt: T1, meta: FROM_PACK }, T2)).toBe('updated');
    expect(decide({ updatedAt: T1, meta: FROM_PACK }, T1)).toBe('unchanged');
    expect(decide({ updatedAt: T1, meta: FROM_PACK }, T0)).toBe('unchanged');
    expect(decide({ updatedAt: T1, meta: { ...FROM_PACK, locallyEditedAt: T2 } }, T2)).toBe('conflict');
    expect(decide({ updatedAt: T1, meta: { ...FROM_PACK, locallyEditedAt: T2 } }, T1)).toBe('unchanged');
  });

  it('compares instants, not strings, across time zones', () => {
    expect(decide({ updatedAt: '2026-02-01T10:00:00Z', meta: FROM_PACK }, '2026-02-01T11:30:00+02:00')).toBe('unchanged');
    expect(decide({ updatedAt: '2026-02-01T10:00:00Z', meta: FROM_PACK }, '2026-02-01T10:30:00+00:30')).toBe('unchanged');
    expect(decide({ updatedAt: '2026-02-01T10:00:00Z', meta: FROM_PACK }, '2026-02-01T09:00:01-01:00')).toBe('updated');
  });
});

describe('planMerge', () => {
  it('adds, updates, leaves unchanged and flags conflicts, counting each per kind and in total', () => {
    const edited = stored({ id: 'edited', title: 'My own wording', meta: { ...FROM_PACK, locallyEditedAt: T1 } });
    const plan = planMerge(
      {
        content: [
          contentItem({ id: 'new' }),
          contentItem({ id: 'newer', updatedAt: T2, title: 'v2' }),
          contentItem({ id: 'same', updatedAt: T1 }),
          contentItem({ id: 'older', updatedAt: T0 }),
          contentItem({ id: 'edited', updatedAt: T2, title: 'Pack wording' }),
        ],
        relationships: [relationship({ id: 'r-new' }), relationship({ id: 'r-edited', updatedAt: T2 })],
      },
      existing(
        [stored({ id: 'newer' }), stored({ id: 'same' }), stored({ id: 'older' }), edited],
        [
          storedRelationship({
            id: 'r-edited',
            person: { name: 'Jane Q. Doe' },
            company: { name: 'Acme Robotics' },
            updatedAt: T1,
            meta: { ...FROM_PACK, locallyEditedAt: T1 },
          }),
        ],
      ),
      ORIGIN,
    );
    expect(plan.counts).toEqual({
      added: 2,
      updated: 1,
      unchanged: 2,
      conflicts: 2,
      content: { added: 1, updated: 1, unchanged: 2, conflicts: 1 },
      relationships: { added: 1, updated: 0, unchanged: 0, conflicts: 1 },
    });
    expect(plan.write.content.map((c) => [c.id, c.title, c.meta])).toEqual([
      ['new', 'Intro note', { origin: ORIGIN }],
      ['newer', 'v2', { origin: ORIGIN }],
    ]);
    expect(plan.write.relationships).toEqual([{ rel: relationship({ id: 'r-new' }), meta: { origin: ORIGIN } }]);
    expect(plan.conflicts.map(({ kind, id, label, localUpdatedAt, incomingUpdatedAt }) => ({ kind, id, label, localUpdatedAt, incomingUpdatedAt }))).toEqual([
      { kind: 'content', id: 'edited', label: 'My own wording', localUpdatedAt: T1, incomingUpdatedAt: T2 },
      { kind: 'relationship', id: 'r-edited', label: 'Jane Q. Doe (Acme Robotics)', localUpdatedAt: T1, incomingUpdatedAt: T2 },
    ]);
    expect(plan.conflicts[0]?.local).toBe(edited);
    const first = plan.conflicts[0];
    expect(first?.kind === 'content' && first.incoming.title).toBe('Pack wording');
  });

  it('never writes over a locally edited record', () => {
    const local = stored({ id: 'x', meta: { ...FROM_PACK, locallyEditedAt: T1 } });
    const plan = planMerge({ content: [contentItem({ id: 'x', updatedAt: '2099-01-01T00:00:00Z' })], relationships: [] }, existing([local]), ORIGIN);
    expect(plan.write.content).toEqual([]);
    expect(plan.counts.conflicts).toBe(1);
  });

  it('gives each written record its own meta object', () => {
    const plan = planMerge({ content: [contentItem({ id: 'a' }), contentItem({ id: 'b' })], relationships: [] }, existing(), ORIGIN);
    expect(plan.write.content[0]?.meta).not.toBe(plan.write.content[1]?.meta);
    expect(plan.warnings).toEqual([]);
  });
});
