/**
 * Insights from what reps did: per item, per week, intros, objections, and marketing's three
 * goals as figures. Pure: the options page loads the stores and hands them in.
 */
import type { Activity, Feedback } from '../model/activity';
import type { ContentItem } from '../model/content';
import type { Relationship } from '../model/relationship';
import { weekOf, weeksBetween } from './week';

export type ItemUsage = {
  contentId: string;
  title: string;
  shares: number;
  copies: number;
  inserts: number;
  /** shares + copies + inserts */
  uses: number;
  worked: number;
  didntLand: number;
  objections: number;
};

export type WeekUsage = { week: string; shares: number; copies: number; inserts: number; intros: number; feedback: number };
export type Tally = { name: string; count: number };
export type IntroRequest = { at: string; actor: string; knownBy: string; prospect: string; relationshipId: string };
export type ObjectionHeard = { at: string; text: string; contentId: string; title: string; actor?: string };
export type ObjectionGroup = { tag: string; count: number; heard: ObjectionHeard[] };

/**
 * Marketing's goals as figures (the team server's insights use the same names, lib/model/team.ts).
 * The options page labels each for what it counts (no "Revenue": the figures are outreach); an
 * intro is counted when the rep sent the request (copied or emailed the note), not when they
 * opened it.
 */
export type Goals = {
  /** Awareness: times a rep opened LinkedIn's post box with an approved post (posting is theirs). */
  awareness: { shares: number };
  /** Shown as "Outreach": intro requests sent, and distinct prospects an item was copied, inserted or shared for. */
  revenue: { introsRequested: number; prospectsReached: number };
  /** Trust: worked vs didn't land; ratio = worked / (worked + didn't), null with no verdicts yet. */
  trust: { worked: number; didntLand: number; ratio: number | null };
};

export type Insights = {
  items: ItemUsage[];
  weeks: WeekUsage[];
  topItems: ItemUsage[];
  neverUsed: { contentId: string; title: string }[];
  intros: { requests: IntroRequest[]; byActor: Tally[]; byKnownBy: Tally[] };
  objections: ObjectionGroup[];
  goals: Goals;
};

export const UNKNOWN_ACTOR = 'Unnamed rep';
const USE_ACTIONS = new Set<Activity['action']>(['copy', 'insert', 'share']);

type Sources = {
  activities: readonly Activity[];
  feedback: readonly Feedback[];
  content: readonly Pick<ContentItem, 'id' | 'title' | 'status'>[];
  relationships: readonly Pick<Relationship, 'id' | 'knownBy'>[];
};

export function computeInsights({ activities, feedback, content, relationships }: Sources, topCount = 5): Insights {
  const titles = new Map(content.map((item) => [item.id, item.title]));
  const titleOf = (id: string) => titles.get(id) ?? `${id} (no longer in the library)`;

  const items = new Map<string, ItemUsage>();
  const usage = (id: string): ItemUsage => {
    let row = items.get(id);
    if (!row) {
      row = { contentId: id, title: titleOf(id), shares: 0, copies: 0, inserts: 0, uses: 0, worked: 0, didntLand: 0, objections: 0 };
      items.set(id, row);
    }
    return row;
  };

  const weeks = new Map<string, WeekUsage>();
  const week = (at: string): WeekUsage => {
    const key = weekOf(at);
    let row = weeks.get(key);
    if (!row) {
      row = { week: key, shares: 0, copies: 0, inserts: 0, intros: 0, feedback: 0 };
      weeks.set(key, row);
    }
    return row;
  };

  const prospects = new Set<string>();
  let shares = 0;
  const knownBy = new Map(relationships.map((rel) => [rel.id, rel.knownBy.name]));
  const requests: IntroRequest[] = [];

  for (const activity of activities) {
    if (USE_ACTIONS.has(activity.action)) {
      prospects.add(`${activity.profileKind}:${activity.profileSlug}`);
      const w = week(activity.at);
      const item = activity.contentId ? usage(activity.contentId) : undefined;
      if (item) item.uses += 1;
      if (activity.action === 'share') {
        shares += 1;
        w.shares += 1;
        if (item) item.shares += 1;
      } else if (activity.action === 'copy') {
        w.copies += 1;
        if (item) item.copies += 1;
      } else {
        w.inserts += 1;
        if (item) item.inserts += 1;
      }
    } else if (activity.action === 'intro-request') {
      week(activity.at).intros += 1;
      const relationshipId = activity.relationshipId ?? '';
      requests.push({
        at: activity.at,
        actor: activity.actor ?? UNKNOWN_ACTOR,
        knownBy: knownBy.get(relationshipId) ?? 'a relationship no longer stored',
        prospect: activity.profileName ?? activity.profileSlug,
        relationshipId,
      });
    }
  }

  const groups = new Map<string, ObjectionGroup>();
  let worked = 0;
  let didntLand = 0;
  for (const verdict of feedback) {
    week(verdict.at).feedback += 1;
    const item = usage(verdict.contentId);
    if (verdict.verdict === 'worked') {
      worked += 1;
      item.worked += 1;
    } else if (verdict.verdict === 'didnt-land') {
      didntLand += 1;
      item.didntLand += 1;
    } else {
      item.objections += 1;
      const tag = verdict.objection?.tag || 'other';
      const group = groups.get(tag) ?? { tag, count: 0, heard: [] };
      group.count += 1;
      group.heard.push({
        at: verdict.at,
        text: verdict.objection?.text ?? '',
        contentId: verdict.contentId,
        title: titleOf(verdict.contentId),
        ...(verdict.actor ? { actor: verdict.actor } : {}),
      });
      groups.set(tag, group);
    }
  }

  const byUse = (a: ItemUsage, b: ItemUsage) => b.uses - a.uses || b.worked - a.worked || a.title.localeCompare(b.title);
  const itemList = [...items.values()].sort(byUse);
  const used = new Set(itemList.filter((item) => item.uses > 0).map((item) => item.contentId));
  const sortedWeeks = [...weeks.keys()].sort();
  const filledWeeks =
    sortedWeeks.length === 0
      ? []
      : weeksBetween(sortedWeeks[0]!, sortedWeeks[sortedWeeks.length - 1]!).map(
          (key) => weeks.get(key) ?? { week: key, shares: 0, copies: 0, inserts: 0, intros: 0, feedback: 0 },
        );

  return {
    items: itemList,
    weeks: filledWeeks,
    topItems: itemList.filter((item) => item.uses > 0).slice(0, topCount),
    neverUsed: content
      .filter((item) => item.status === 'approved' && !used.has(item.id))
      .map((item) => ({ contentId: item.id, title: item.title }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    intros: { requests, byActor: tally(requests.map((r) => r.actor)), byKnownBy: tally(requests.map((r) => r.knownBy)) },
    objections: [...groups.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
    goals: {
      awareness: { shares },
      revenue: { introsRequested: requests.length, prospectsReached: prospects.size },
      trust: { worked, didntLand, ratio: worked + didntLand ? worked / (worked + didntLand) : null },
    },
  };
}

/** Counts per name, most first. */
function tally(names: readonly string[]): Tally[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
