import { describe, expect, it } from 'vitest';
import { activity, feedback } from '../../tests/support/builders';
import { awaitingVerdicts } from './verdicts';

const NOW = new Date('2026-03-20T12:00:00.000Z');

describe('uses waiting for a verdict', () => {
  const activities = [
    activity({ id: 'a1', action: 'copy', contentId: 'msg', profileSlug: 'jane', profileName: 'Jane Doe', at: '2026-03-10T10:00:00.000Z' }),
    activity({ id: 'a2', action: 'insert', contentId: 'msg', profileSlug: 'jane', at: '2026-03-12T10:00:00.000Z' }),
    activity({ id: 'a3', action: 'share', contentId: 'post', profileSlug: 'jane', at: '2026-03-12T10:00:00.000Z' }),
    activity({ id: 'a4', action: 'copy', contentId: 'faq', profileSlug: 'marcus', at: '2026-03-11T10:00:00.000Z' }),
    activity({ id: 'a5', action: 'copy', contentId: 'old', profileSlug: 'jane', at: '2026-01-01T10:00:00.000Z' }),
    activity({ id: 'a6', action: 'intro-request', contentId: undefined, relationshipId: 'r1', profileSlug: 'jane', at: '2026-03-12T10:00:00.000Z' }),
  ];

  it('asks once per item and prospect, about the latest copy or insert, never a public share or an old use', () => {
    expect(awaitingVerdicts(activities, [], { now: NOW })).toEqual([
      { contentId: 'msg', profileSlug: 'jane', profileKind: 'person', at: '2026-03-12T10:00:00.000Z', action: 'insert' },
      { contentId: 'faq', profileSlug: 'marcus', profileKind: 'person', at: '2026-03-11T10:00:00.000Z', action: 'copy' },
    ]);
  });

  it('asks on the next visit: only about uses before it, for that prospect', () => {
    expect(awaitingVerdicts(activities, [], { now: NOW, before: new Date('2026-03-11T00:00:00.000Z'), profileSlug: 'jane' })).toEqual([
      { contentId: 'msg', profileSlug: 'jane', profileKind: 'person', profileName: 'Jane Doe', at: '2026-03-10T10:00:00.000Z', action: 'copy' },
    ]);
  });

  it('stops asking once a verdict came after the use, and asks again after a later use', () => {
    const verdict = feedback({ contentId: 'msg', profileSlug: 'jane', at: '2026-03-12T11:00:00.000Z' });
    expect(awaitingVerdicts(activities, [verdict], { now: NOW, profileSlug: 'jane' })).toEqual([]);
    const earlier = feedback({ contentId: 'msg', profileSlug: 'jane', at: '2026-03-11T11:00:00.000Z' });
    expect(awaitingVerdicts(activities, [earlier], { now: NOW, profileSlug: 'jane' }).map((use) => use.contentId)).toEqual(['msg']);
    const otherProspect = feedback({ contentId: 'msg', profileSlug: 'marcus', at: '2026-03-19T11:00:00.000Z' });
    expect(awaitingVerdicts(activities, [otherProspect], { now: NOW, profileSlug: 'jane' }).map((use) => use.contentId)).toEqual(['msg']);
  });
});
