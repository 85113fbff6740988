/**
 * The team server's figures (GET /v1/insights, every rep of the team) in the shape the Insights
 * tab renders, so one view shows both the team's and this browser's own. The server counts intro
 * requests but does not list them; titles it does not know come from the library here.
 */
import type { ContentItem, TeamInsights } from '../model';
import type { Insights } from './aggregate';

export function insightsFromTeam(team: TeamInsights, content: readonly Pick<ContentItem, 'id' | 'title' | 'status'>[], topCount = 5): Insights {
  const titles = new Map(content.map((item) => [item.id, item.title]));
  const titleOf = (id: string, given?: string) => given || titles.get(id) || `${id} (no longer in the library)`;
  const items = team.items.map((item) => ({ ...item, title: titleOf(item.contentId, item.title) }));
  const used = new Set(items.filter((item) => item.uses > 0).map((item) => item.contentId));
  return {
    items,
    weeks: team.weeks,
    topItems: items.filter((item) => item.uses > 0).slice(0, topCount),
    neverUsed: content
      .filter((item) => item.status === 'approved' && !used.has(item.id))
      .map((item) => ({ contentId: item.id, title: item.title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    intros: { requests: [], byActor: [], byKnownBy: [] },
    objections: team.objections.map((group) => ({
      tag: group.tag,
      count: group.count,
      heard: group.heard.map((heard) => ({ ...heard, title: titleOf(heard.contentId) })),
    })),
    goals: team.goals,
  };
}
