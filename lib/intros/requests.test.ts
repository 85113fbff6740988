import { describe, expect, it } from 'vitest';
import { LOCAL, storedRelationship, T0, T1, T2 } from '../../tests/support/builders';
import type { StoredIntro, TeamSession } from '../model';
import { answerKey, asksThroughTeam, myRequests, ownRequestsByFlag, unseenAnswers, waitingForMe } from './requests';

const ME = '00000000-0000-4000-8000-000000000001';
const PRIYA = '00000000-0000-4000-8000-000000000002';

function intro(overrides: Partial<StoredIntro> = {}): StoredIntro {
  return {
    id: 'i1',
    relationshipId: 'r1',
    profileSlug: 'jane-doe',
    profileKind: 'person',
    state: 'sent',
    requester: { id: ME, name: 'Ravi Rep' },
    holder: { id: PRIYA, name: 'Priya Marketer' },
    createdAt: T0,
    updatedAt: T0,
    meta: { version: 1 },
    ...overrides,
  };
}

describe('intro request lists', () => {
  const all = [
    intro({ id: 'old', createdAt: T0, updatedAt: T1, state: 'declined', note: 'Not now' }),
    intro({ id: 'new', createdAt: T1, updatedAt: T1 }),
    intro({ id: 'other-flag', relationshipId: 'r2', state: 'introduced', updatedAt: T2 }),
    intro({ id: 'for-me', requester: { id: PRIYA, name: 'Priya' }, holder: { id: ME, name: 'Ravi Rep' }, createdAt: T1 }),
    intro({ id: 'for-me-done', requester: { id: PRIYA, name: 'Priya' }, holder: { id: ME, name: 'Ravi Rep' }, state: 'closed' }),
  ];

  it("shows on each flag the rep's latest request through it", () => {
    const byFlag = ownRequestsByFlag(all, ME);
    expect([...byFlag.keys()].sort()).toEqual(['r1', 'r2']);
    expect(byFlag.get('r1')).toEqual({ id: 'new', state: 'sent', holder: 'Priya Marketer', updatedAt: T1 });
  });

  it('lists what waits for my answer (open only), and mine latest change first', () => {
    expect(waitingForMe(all, ME).map((i) => i.id)).toEqual(['for-me']);
    expect(myRequests(all, ME).map((i) => i.id)).toEqual(['other-flag', 'old', 'new']);
  });

  it('tells an answer once: by request and state, a later answer again', () => {
    const mine = myRequests(all, ME);
    expect(unseenAnswers(mine, new Set()).map((i) => i.id)).toEqual(['other-flag', 'old']);
    const seen = new Set(unseenAnswers(mine, new Set()).map(answerKey));
    expect(unseenAnswers(mine, seen)).toEqual([]);
    expect(unseenAnswers([intro({ id: 'old', state: 'asked-first' })], seen).map(answerKey)).toEqual(['old:asked-first']);
  });
});

describe('asksThroughTeam', () => {
  const session = { server: 'http://127.0.0.1:8787', user: { id: ME, name: 'Ravi Rep', role: 'rep' }, teams: [] } as unknown as TeamSession;
  const teamFlag = (mine: boolean, canIntro = true) =>
    storedRelationship({
      canIntro,
      meta: { origin: { kind: 'team', server: session.server }, team: { version: 1, owner: { id: PRIYA, name: 'Priya' }, mine, share: 'team', teams: [] } },
    });

  it("is a teammate's flag offered for intros, in a team; otherwise the panel keeps its note and email", () => {
    expect(asksThroughTeam(teamFlag(false), session)).toBe(true);
    expect(asksThroughTeam(teamFlag(false), undefined)).toBe(false);
    expect(asksThroughTeam(teamFlag(true), session)).toBe(false);
    expect(asksThroughTeam(teamFlag(false, false), session)).toBe(false);
    expect(asksThroughTeam(storedRelationship({ meta: LOCAL }), session)).toBe(false);
  });
});
