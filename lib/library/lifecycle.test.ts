import { describe, expect, it } from 'vitest';
import { storedContent, FROM_PACK, LOCAL } from '../../tests/support/builders';
import { approve, canDelete, duplicateOf, needsReapproval, newContentId, reopen, retire, toStored } from './lifecycle';

const NOW = new Date('2026-03-10T12:00:00Z');
const ISO = NOW.toISOString();

describe('lifecycle', () => {
  it('duplicates as a local draft under a new id, without approval or pack bookkeeping', () => {
    const original = storedContent({ approvedBy: 'Mia', approvedAt: '2026-01-02T00:00:00Z', meta: FROM_PACK, tags: ['q1'] });
    const copy = duplicateOf(original, 'item-2', NOW);
    expect(copy).toEqual({ id: 'item-2', kind: 'message', title: 'Copy of Intro note', body: original.body, status: 'draft', tags: ['q1'], updatedAt: ISO });
    expect(duplicateOf(storedContent({ title: 'x'.repeat(200) }), 'y', NOW).title).toHaveLength(200);
  });

  it('approves with who and when, retires keeping the record, reopens as a draft without approval', () => {
    const approved = approve(storedContent({ status: 'draft' }), 'Mia Marketer', NOW);
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Mia Marketer', approvedAt: ISO, updatedAt: ISO });
    expect(retire(approved, NOW)).toMatchObject({ status: 'retired', approvedBy: 'Mia Marketer' });
    const reopened = reopen(approved, NOW);
    expect(reopened.status).toBe('draft');
    expect(reopened).not.toHaveProperty('approvedBy');
    expect(reopened).not.toHaveProperty('approvedAt');
  });

  it('needs a new approval only when approved wording changes', () => {
    const approved = storedContent({ status: 'approved', approvedBy: 'Mia' });
    expect(needsReapproval(approved, { ...approved, body: 'Hello {{firstName}}' })).toBe(true);
    expect(needsReapproval(approved, { ...approved, url: 'https://acme.example/' })).toBe(true);
    expect(needsReapproval(approved, { ...approved, tags: ['new'], owner: 'Sam' })).toBe(false);
    expect(needsReapproval(undefined, approved)).toBe(false);
  });

  it('stores a new item as local and stamps updatedAt', () => {
    const stored = toStored(storedContent({ meta: undefined as never, updatedAt: '2020-01-01T00:00:00Z' }), undefined, NOW);
    expect(stored.meta).toEqual(LOCAL);
    expect(stored.updatedAt).toBe(ISO);
  });

  it('keeps a pack item’s origin and records the local edit, so a later pack version is a conflict', () => {
    const previous = storedContent({ meta: FROM_PACK });
    const stored = toStored({ ...previous, tags: ['edited'] }, previous, NOW);
    expect(stored.meta).toEqual({ ...FROM_PACK, locallyEditedAt: ISO });
    expect(toStored(previous, storedContent({ meta: LOCAL }), NOW).meta).toEqual(LOCAL);
  });

  it('sends an approved item with changed wording back to draft', () => {
    const previous = storedContent({ status: 'approved', approvedBy: 'Mia', approvedAt: ISO });
    const stored = toStored({ ...previous, body: 'New words' }, previous, NOW);
    expect(stored.status).toBe('draft');
    expect(stored).not.toHaveProperty('approvedBy');
  });

  it('deletes drafts only, and makes distinct ids', () => {
    expect(canDelete({ status: 'draft' })).toBe(true);
    expect(canDelete({ status: 'approved' })).toBe(false);
    expect(canDelete({ status: 'retired' })).toBe(false);
    expect(newContentId()).not.toBe(newContentId());
  });
});
