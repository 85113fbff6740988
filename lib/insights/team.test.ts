import { describe, expect, it } from 'vitest';
import type { TeamInsights } from '../model';
import { insightsFromTeam } from './team';

const TEAM: TeamInsights = {
  teams: [{ id: '1b0e7c5a-3f7d-4a3e-8f0d-5c2b9a4e6d71', name: 'Field Sales' }],
  since: '2026-01-05T00:00:00.000Z',
  items: [
    { contentId: 'c1', title: 'Opener', shares: 1, copies: 2, inserts: 0, uses: 3, worked: 1, didntLand: 0, objections: 1 },
    { contentId: 'c9', title: '', shares: 0, copies: 0, inserts: 0, uses: 0, worked: 0, didntLand: 1, objections: 0 },
  ],
  weeks: [{ week: '2026-03-02', shares: 1, copies: 2, inserts: 0, intros: 1, feedback: 2 }],
  objections: [{ tag: 'price', count: 1, heard: [{ at: '2026-03-03T10:00:00.000Z', text: 'Too pricey', contentId: 'c1', actor: 'Ravi Rep' }] }],
  goals: { awareness: { shares: 1 }, revenue: { introsRequested: 1, prospectsReached: 2 }, trust: { worked: 1, didntLand: 1, ratio: 0.5 } },
};

describe("the team's insights in the Insights tab's shape", () => {
  it('keeps the figures, names items by the library here where the server has no title, and lists approved items nobody used', () => {
    const content = [
      { id: 'c1', title: 'Opener (here)', status: 'approved' as const },
      { id: 'c9', title: 'Case study', status: 'approved' as const },
      { id: 'c2', title: 'Unused', status: 'approved' as const },
      { id: 'c3', title: 'Draft', status: 'draft' as const },
    ];
    const shown = insightsFromTeam(TEAM, content);
    expect(shown.goals).toEqual(TEAM.goals);
    expect(shown.weeks).toEqual(TEAM.weeks);
    expect(shown.items.map((item) => item.title)).toEqual(['Opener', 'Case study']);
    expect(shown.topItems.map((item) => item.contentId)).toEqual(['c1']);
    expect(shown.neverUsed.map((item) => item.contentId)).toEqual(['c9', 'c2']);
    expect(shown.objections[0]?.heard[0]).toMatchObject({ text: 'Too pricey', title: 'Opener (here)', actor: 'Ravi Rep' });
  });
});
