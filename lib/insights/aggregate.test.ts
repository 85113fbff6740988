import { describe, expect, it } from 'vitest';
import { activity, storedContent, feedback, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { computeInsights } from './aggregate';
import { weekOf, weeksBetween } from './week';

const content = [
  storedContent({ id: 'post', title: 'Report post' }),
  storedContent({ id: 'msg', title: 'Opener' }),
  storedContent({ id: 'idle', title: 'Idle FAQ' }),
  storedContent({ id: 'draft', title: 'Draft', status: 'draft' }),
];
const relationships = [relationship({ company: ACME_ROBOTICS, id: 'r1', knownBy: { name: 'Priya Shah' } }), relationship({ company: ACME_ROBOTICS, id: 'r2', knownBy: { name: 'Leo Park' } })];

describe('weeks', () => {
  it('starts weeks on Monday in UTC', () => {
    expect(weekOf('2026-03-02T00:00:00.000Z')).toBe('2026-03-02'); // Monday
    expect(weekOf('2026-03-08T23:59:59.000Z')).toBe('2026-03-02'); // Sunday
    expect(weekOf('2026-03-09T00:00:00.000Z')).toBe('2026-03-09');
    expect(weeksBetween('2026-02-23', '2026-03-09')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
  });
});

describe('computeInsights', () => {
  const activities = [
    activity({ id: 'a1', action: 'share', contentId: 'post', at: '2026-03-02T10:00:00.000Z', profileSlug: 'jane' }),
    activity({ id: 'a2', action: 'copy', contentId: 'msg', at: '2026-03-03T10:00:00.000Z', profileSlug: 'jane' }),
    activity({ id: 'a3', action: 'insert', contentId: 'msg', at: '2026-03-17T10:00:00.000Z', profileSlug: 'marcus' }),
    activity({ id: 'a4', action: 'copy', contentId: 'msg', at: '2026-03-17T11:00:00.000Z', profileSlug: 'marcus' }),
    activity({ id: 'a5', action: 'intro-request', contentId: undefined, relationshipId: 'r1', actor: 'Sam', profileName: 'Jane Doe', at: '2026-03-03T10:00:00.000Z' }),
    activity({ id: 'a6', action: 'intro-request', contentId: undefined, relationshipId: 'r1', at: '2026-03-04T10:00:00.000Z' }),
    activity({ id: 'a7', action: 'feedback', contentId: 'msg', at: '2026-03-03T12:00:00.000Z' }),
  ];
  const feedbackRecords = [
    feedback({ id: 'f1', contentId: 'msg', verdict: 'worked', at: '2026-03-03T12:00:00.000Z' }),
    feedback({ id: 'f2', contentId: 'msg', verdict: 'worked', at: '2026-03-17T12:00:00.000Z' }),
    feedback({ id: 'f3', contentId: 'post', verdict: 'didnt-land', at: '2026-03-17T12:00:00.000Z' }),
    feedback({ id: 'f4', contentId: 'msg', verdict: 'objection', objection: { text: 'Too pricey', tag: 'price' } }),
    feedback({ id: 'f5', contentId: 'post', verdict: 'objection', objection: { text: 'Has a vendor', tag: 'competitor' } }),
    feedback({ id: 'f6', contentId: 'post', verdict: 'objection', objection: { text: 'No budget', tag: 'price' } }),
  ];
  const insights = computeInsights({ activities, feedback: feedbackRecords, content, relationships });

  it('counts uses and verdicts per item, most used first', () => {
    expect(insights.items.map((i) => [i.contentId, i.shares, i.copies, i.inserts, i.uses, i.worked, i.didntLand, i.objections])).toEqual([
      ['msg', 0, 2, 1, 3, 2, 0, 1],
      ['post', 1, 0, 0, 1, 0, 1, 2],
    ]);
    expect(insights.topItems.map((i) => i.contentId)).toEqual(['msg', 'post']);
  });

  it('lists approved items nobody used, never drafts', () => {
    expect(insights.neverUsed).toEqual([{ contentId: 'idle', title: 'Idle FAQ' }]);
  });

  it('counts per week, with empty weeks filled in', () => {
    expect(insights.weeks).toEqual([
      { week: '2026-01-26', shares: 0, copies: 0, inserts: 0, intros: 0, feedback: 3 },
      ...['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23'].map((week) => ({ week, shares: 0, copies: 0, inserts: 0, intros: 0, feedback: 0 })),
      { week: '2026-03-02', shares: 1, copies: 1, inserts: 0, intros: 2, feedback: 1 },
      { week: '2026-03-09', shares: 0, copies: 0, inserts: 0, intros: 0, feedback: 0 },
      { week: '2026-03-16', shares: 0, copies: 1, inserts: 1, intros: 0, feedback: 2 },
    ]);
  });

  it('says who asked for intros and whom they asked', () => {
    expect(insights.intros.byActor).toEqual([
      { name: 'Sam', count: 1 },
      { name: 'Unnamed rep', count: 1 },
    ]);
    expect(insights.intros.byKnownBy).toEqual([{ name: 'Priya Shah', count: 2 }]);
    expect(insights.intros.requests[0]).toMatchObject({ actor: 'Sam', knownBy: 'Priya Shah', prospect: 'Jane Doe' });
  });

  it('groups objections by tag, biggest group first', () => {
    expect(insights.objections.map((g) => [g.tag, g.count, g.heard.map((h) => h.text)])).toEqual([
      ['price', 2, ['Too pricey', 'No budget']],
      ['competitor', 1, ['Has a vendor']],
    ]);
  });

  it("gives marketing's three goals as figures", () => {
    expect(insights.goals).toEqual({
      awareness: { shares: 1 },
      revenue: { introsRequested: 2, prospectsReached: 2 },
      trust: { worked: 2, didntLand: 1, ratio: 2 / 3 },
    });
  });

  it('has no trust ratio before any verdict, and nothing to show from nothing', () => {
    const empty = computeInsights({ activities: [], feedback: [], content, relationships });
    expect(empty.goals.trust.ratio).toBeNull();
    expect(empty.weeks).toEqual([]);
    expect(empty.neverUsed).toHaveLength(3);
  });
});
