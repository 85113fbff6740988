/**
 * What one prospect view may carry to the panel (docs/PACK-FORMAT.md, "Size bounds"): the panel
 * gets it in one message, and Chrome refuses a message over 64 MiB, so a library with thousands
 * of relationships at one company, or oversized fields, must not break the panel. Each record
 * goes without what the panel never shows (bookkeeping, lookup keys, audience lists: its origin
 * and any pack URL stay in the background), the intros are capped, and the whole view has a byte
 * budget, filled best first.
 */
import type { Suggestion } from '../match/suggest';
import type { IntroHint } from '../match/warm-intros';
import type { ContentItem, Relationship, StoredContent, StoredRelationship } from '../model';
import type { IntroSource, IntroStatus, PanelIntro, ProspectView } from '../protocol/replies';

export const VIEW_LIMITS = {
  /** The strongest intros shown; the view says how many more there are. */
  intros: 20,
  /**
   * The view as JSON, but for the guardrails map (search results use it too, so it travels whole;
   * at most one entry of 500 characters per library item): far below Chrome's 64 MiB limit.
   */
  bytes: 1024 * 1024,
} as const;

/** A content item as the panel uses it. */
export function forPanel(item: StoredContent): ContentItem {
  const { meta: _meta, audience: _audience, ...shown } = item;
  return shown;
}

function relationshipForPanel(rel: StoredRelationship): Relationship {
  const { meta: _meta, keys: _keys, ...shown } = rel;
  return shown;
}

/** A team flag's owner and where it is shared, by team name: the panel says whose flag each intro is. */
function sourceOf(rel: StoredRelationship, teamNames: ReadonlyMap<string, string>): IntroSource | undefined {
  const team = rel.meta.team;
  if (rel.meta.origin.kind !== 'team' || !team) return undefined;
  const sharedWith = team.share === 'team' ? (team.teams ?? []).map((id) => teamNames.get(id)).filter((name): name is string => !!name) : [];
  return { owner: team.owner?.name ?? rel.knownBy.name, mine: team.mine === true, sharedWith };
}

const size = (value: unknown): number => JSON.stringify(value).length;

type FullView = Omit<ProspectView, 'intros' | 'suggestions' | 'moreIntros'> & {
  intros: IntroHint<StoredRelationship>[];
  suggestions: Suggestion<StoredContent>[];
};

/** In a team: its names by id, which flags the rep asks through the team, and the rep's requests by flag. */
export type TeamContext = {
  teamNames: ReadonlyMap<string, string>;
  viaTeam: (rel: StoredRelationship) => boolean;
  requests: ReadonlyMap<string, IntroStatus>;
};

const NO_TEAM: TeamContext = { teamNames: new Map(), viaTeam: () => false, requests: new Map() };

/** The view within VIEW_LIMITS: records trimmed to what the panel shows, best intros and suggestions first. */
export function boundedView(full: FullView, team: TeamContext = NO_TEAM): ProspectView {
  const intros = full.intros.map((hint): PanelIntro => {
    const from = sourceOf(hint.relationship, team.teamNames);
    const request = team.requests.get(hint.relationship.id);
    return {
      ...hint,
      relationship: relationshipForPanel(hint.relationship),
      ...(from ? { from } : {}),
      ...(team.viaTeam(hint.relationship) ? { viaTeam: true as const } : {}),
      ...(request ? { request } : {}),
    };
  });
  const suggestions = full.suggestions.map((suggestion) => ({ ...suggestion, item: forPanel(suggestion.item) }));
  const view: ProspectView = { ...full, intros: [], suggestions: [], moreIntros: 0 };
  let budget = VIEW_LIMITS.bytes - size({ ...view, guardrails: {} });
  // Suggestions are few (the ranking keeps five); intros may be thousands at one company.
  for (const suggestion of suggestions) {
    budget -= size(suggestion) + 1;
    if (budget < 0) break;
    view.suggestions.push(suggestion);
  }
  for (const hint of intros.slice(0, VIEW_LIMITS.intros)) {
    budget -= size(hint) + 1;
    if (budget < 0) break;
    view.intros.push(hint);
  }
  view.moreIntros = intros.length - view.intros.length;
  return view;
}
