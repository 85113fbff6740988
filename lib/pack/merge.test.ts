import { describe, expect, it } from 'vitest';
import type { Origin, StoredContent, StoredRelationship } from '../model';
import { decide, planMerge } from './merge';
import { contentItem, relationship, storedContent, storedRelationship, T0, T1, T2 } from '../../tests/support/builders';

const ORIGIN: Origin = { kind: 'file', publisher: 'Acme Marketing', packName: 'Acme field pack' };
/** What an earlier file of the same publisher left (its pack name was different then). */
const FROM_PACK = { origin: { kind: 'file', publisher: 'Acme Marketing', packName: 'old' } } as const;

/** What an earlier version of the pack left in the store: version T1. */
const stored = (overrides: Partial<StoredContent> = {}) => storedContent({ updatedAt: T1, meta: FROM_PACK, ...overrides });

function existing(content: StoredContent[] = [], rels: StoredRelationship[] = []) {
  return { content: new Map(content.map((c) => [c.id, c])), relationships: new Map(rels.map((r) => [r.id, r])) };
}

describe('decide', () => {
  it('follows docs/PACK-FORMAT.md merging', () => {
    expect(decide(undefined, T1, ORIGIN)).toBe('added');
    expect(decide({ updatedAt: T1, meta: FROM_PACK }, T2, ORIGIN)).toBe('updated');
    expect(decide({ updatedAt: T1, meta: FROM_PACK }, T1, ORIGIN)).toBe('unchanged');
    expect(decide({ updatedAt: T1, meta: FROM_PACK }, T0, ORIGIN)).toBe('unchanged');
    expect(decide({ updatedAt: T1, meta: { ...FROM_PACK, locallyEditedAt: T2 } }, T2, ORIGIN)).toEqual({ conflict: 'edited-here' });
    expect(decide({ updatedAt: T1, meta: { ...FROM_PACK, locallyEditedAt: T2 } }, T1, ORIGIN)).toBe('unchanged');
  });

  it('never updates a record of another origin, whatever its date', () => {
    const others: Origin[] = [
      { kind: 'local' },
      { kind: 'file', publisher: 'Someone else' },
      { kind: 'file' },
      { kind: 'subscription', url: 'https://packs.acme.example/field.json' },
      { kind: 'team', server: 'https://team.acme.example' },
    ];
    for (const origin of others) {
      expect(decide({ updatedAt: T1, meta: { origin } }, '9999-12-31T00:00:00Z', ORIGIN), origin.kind).toEqual({ conflict: 'other-origin' });
      expect(decide({ updatedAt: T1, meta: { origin } }, T0, ORIGIN), origin.kind).toEqual({ conflict: 'other-origin' });
    }
    const sub = { kind: 'subscription', url: 'https://a.example/p.json' } as const;
    expect(decide({ updatedAt: T1, meta: { origin: sub } }, T2, { kind: 'subscription', url: 'https://b.example/p.json' })).toEqual({ conflict: 'other-origin' });
    expect(decide({ updatedAt: T1, meta: { origin: sub } }, T2, { ...sub, packName: 'Renamed' })).toBe('updated');
  });

  it('lets a file update what a version 1 database kept from a file of that name, or from a file with no publisher', () => {
    const legacy = { origin: { kind: 'file', packName: 'Acme field pack', publisherUnknown: true } } as const;
    expect(decide({ updatedAt: T1, meta: legacy }, T2, ORIGIN)).toBe('updated');
    expect(decide({ updatedAt: T1, meta: legacy }, T2, { kind: 'file', packName: 'people.csv' })).toBe('updated');
    expect(decide({ updatedAt: T1, meta: legacy }, T2, { kind: 'file', publisher: 'Evil', packName: 'Other' })).toEqual({ conflict: 'other-origin' });
    expect(decide({ updatedAt: T1, meta: legacy }, T2, { kind: 'subscription', url: 'https://x.example/p.json', packName: 'Acme field pack' })).toEqual({ conflict: 'other-origin' });
  });

  it('compares instants, not strings, across time zones', () => {
    expect(decide({ updatedAt: '2026-02-01T10:00:00Z', meta: FROM_PACK }, '2026-02-01T11:30:00+02:00', ORIGIN)).toBe('unchanged');
    expect(decide({ updatedAt: '2026-02-01T10:00:00Z', meta: FROM_PACK }, '2026-02-01T10:30:00+00:30', ORIGIN)).toBe('unchanged');
    expect(decide({ updatedAt: '2026-02-01T10:00:00Z', meta: FROM_PACK }, '2026-02-01T09:00:01-01:00', ORIGIN)).toBe('updated');
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
      removed: 0,
      conflicts: 2,
      content: { added: 1, updated: 1, unchanged: 2, removed: 0, conflicts: 1 },
      relationships: { added: 1, updated: 0, unchanged: 0, removed: 0, conflicts: 1 },
    });
    expect(plan.write.content.map((c) => [c.id, c.title, c.meta])).toEqual([
      ['new', 'Intro note', { origin: ORIGIN }],
      ['newer', 'v2', { origin: ORIGIN }],
    ]);
    expect(plan.write.relationships).toEqual([{ rel: relationship({ id: 'r-new' }), meta: { origin: ORIGIN } }]);
    expect(plan.conflicts.map(({ kind, id, reason, label, localUpdatedAt, incomingUpdatedAt }) => ({ kind, id, reason, label, localUpdatedAt, incomingUpdatedAt }))).toEqual([
      { kind: 'content', id: 'edited', reason: 'edited-here', label: 'My own wording', localUpdatedAt: T1, incomingUpdatedAt: T2 },
      { kind: 'relationship', id: 'r-edited', reason: 'edited-here', label: 'Jane Q. Doe (Acme Robotics)', localUpdatedAt: T1, incomingUpdatedAt: T2 },
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

  it('on a refresh, removes what left the pack: only this origin\'s records, never one edited here', () => {
    const sub: Origin = { kind: 'subscription', url: 'https://packs.acme.example/field.json' };
    const ours = (id: string, extra: object = {}) => stored({ id, meta: { origin: sub, ...extra } });
    const plan = planMerge(
      { content: [contentItem({ id: 'kept', updatedAt: T1 })], relationships: [] },
      existing(
        [ours('kept'), ours('gone'), ours('edited', { locallyEditedAt: T2 }), stored({ id: 'local', meta: { origin: { kind: 'local' } } }), stored({ id: 'file' })],
        [storedRelationship({ id: 'r-gone', meta: { origin: sub } })],
      ),
      sub,
      { removeMissing: true },
    );
    expect(plan.write.deleteContentIds).toEqual(['gone']);
    expect(plan.write.deleteRelationshipIds).toEqual(['r-gone']);
    expect(plan.counts).toMatchObject({ removed: 2, unchanged: 1, content: { removed: 1 }, relationships: { removed: 1 } });
    // A file import removes nothing.
    expect(planMerge({ content: [], relationships: [] }, existing([ours('gone')]), sub).write.deleteContentIds).toBeUndefined();
  });

  it('gives each written record its own meta object', () => {
    const plan = planMerge({ content: [contentItem({ id: 'a' }), contentItem({ id: 'b' })], relationships: [] }, existing(), ORIGIN);
    expect(plan.write.content[0]?.meta).not.toBe(plan.write.content[1]?.meta);
    expect(plan.warnings).toEqual([]);
  });
});
