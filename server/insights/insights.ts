/**
 * A team's insights, aggregated in the database from its members' activity and feedback (row-level
 * security lets marketers and admins read their teams' events). Weeks start on Monday, UTC, as in
 * lib/insights.
 */
import { weekOf, weeksBetween } from '../../lib/insights/week.ts';
import type { TeamInsights } from '../../lib/model/index.ts';
import type { Work } from '../store.ts';

const HEARD_PER_TAG = 10;
const DAY_MS = 86_400_000;

type ItemRow = { content_id: string; shares: number; copies: number; inserts: number; worked: number; didnt_land: number; objections: number };

export async function teamInsights(work: Work, teamIds: string[], weeks: number): Promise<TeamInsights> {
  const { tx } = work;
  const thisWeek = weekOf(new Date().toISOString());
  const since = new Date(Date.parse(`${thisWeek}T00:00:00Z`) - (weeks - 1) * 7 * DAY_MS);
  const scope = [teamIds, since];

  const items = await tx.query<ItemRow>(
    `WITH uses AS (
       SELECT content_id,
              count(*) FILTER (WHERE action = 'share')::int AS shares,
              count(*) FILTER (WHERE action = 'copy')::int AS copies,
              count(*) FILTER (WHERE action = 'insert')::int AS inserts
       FROM activities WHERE team_ids && $1::uuid[] AND at >= $2 AND content_id IS NOT NULL
         AND action IN ('share', 'copy', 'insert')
       GROUP BY content_id),
     verdicts AS (
       SELECT content_id,
              count(*) FILTER (WHERE verdict = 'worked')::int AS worked,
              count(*) FILTER (WHERE verdict = 'didnt-land')::int AS didnt_land,
              count(*) FILTER (WHERE verdict = 'objection')::int AS objections
       FROM feedback WHERE team_ids && $1::uuid[] AND at >= $2
       GROUP BY content_id)
     SELECT coalesce(u.content_id, v.content_id) AS content_id,
            coalesce(u.shares, 0) AS shares, coalesce(u.copies, 0) AS copies, coalesce(u.inserts, 0) AS inserts,
            coalesce(v.worked, 0) AS worked, coalesce(v.didnt_land, 0) AS didnt_land, coalesce(v.objections, 0) AS objections
     FROM uses u FULL JOIN verdicts v ON v.content_id = u.content_id`,
    scope,
  );
  const titles = new Map(
    (await tx.query<{ id: string; title: string }>(`SELECT id, data->>'title' AS title FROM content_items WHERE id = ANY ($1::text[])`, [
      items.map((item) => item.content_id),
    ])).map((row) => [row.id, row.title]),
  );

  const weekRows = await tx.query<{ week: string; kind: string; count: number }>(
    `SELECT to_char(date_trunc('week', at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, kind, count(*)::int AS count
     FROM (SELECT at, action AS kind FROM activities WHERE team_ids && $1::uuid[] AND at >= $2
           UNION ALL SELECT at, 'feedback' FROM feedback WHERE team_ids && $1::uuid[] AND at >= $2) events
     GROUP BY 1, 2`,
    scope,
  );

  const objections = await tx.query<{ tag: string; count: number; heard: { at: string; text: string; contentId: string; actor: string }[] }>(
    `SELECT coalesce(objection_tag, 'other') AS tag, count(*)::int AS count,
            to_jsonb((array_agg(jsonb_build_object('at', at, 'text', coalesce(data->'objection'->>'text', ''),
              'contentId', content_id, 'actor', coalesce(data->>'actor', '')) ORDER BY at DESC))[1:${HEARD_PER_TAG}]) AS heard
     FROM feedback WHERE verdict = 'objection' AND team_ids && $1::uuid[] AND at >= $2
     GROUP BY 1 ORDER BY count DESC, tag`,
    scope,
  );

  const [totals] = await tx.query<{ intros: number; prospects: number }>(
    `SELECT count(*) FILTER (WHERE action = 'intro-request')::int AS intros,
            count(DISTINCT profile_key) FILTER (WHERE action IN ('share', 'copy', 'insert'))::int AS prospects
     FROM activities WHERE team_ids && $1::uuid[] AND at >= $2`,
    scope,
  );
  const teams = await tx.query<{ id: string; name: string }>('SELECT id::text, name FROM teams WHERE id = ANY ($1::uuid[]) ORDER BY name', [teamIds]);

  const itemList = items
    .map((row) => ({
      contentId: row.content_id,
      title: titles.get(row.content_id) ?? `${row.content_id} (no longer in the library)`,
      shares: row.shares,
      copies: row.copies,
      inserts: row.inserts,
      uses: row.shares + row.copies + row.inserts,
      worked: row.worked,
      didntLand: row.didnt_land,
      objections: row.objections,
    }))
    .sort((a, b) => b.uses - a.uses || b.worked - a.worked || a.title.localeCompare(b.title));
  const sum = (pick: (item: (typeof itemList)[number]) => number) => itemList.reduce((total, item) => total + pick(item), 0);
  const worked = sum((item) => item.worked);
  const didntLand = sum((item) => item.didntLand);

  return {
    teams,
    since: since.toISOString(),
    items: itemList,
    weeks: weekSeries(weeksBetween(since.toISOString().slice(0, 10), thisWeek, weeks), weekRows),
    objections: objections.map((group) => ({
      ...group,
      heard: group.heard.map((heard) => ({ ...heard, at: new Date(heard.at).toISOString() })),
    })),
    goals: {
      awareness: { shares: sum((item) => item.shares) },
      revenue: { introsRequested: totals!.intros, prospectsReached: totals!.prospects },
      trust: { worked, didntLand, ratio: worked + didntLand ? worked / (worked + didntLand) : null },
    },
  };
}

/** Every week asked for, zeros where nothing happened. */
function weekSeries(series: string[], rows: { week: string; kind: string; count: number }[]): TeamInsights['weeks'] {
  const weeks = new Map(series.map((week) => [week, { week, shares: 0, copies: 0, inserts: 0, intros: 0, feedback: 0 }]));
  const field = { share: 'shares', copy: 'copies', insert: 'inserts', 'intro-request': 'intros', feedback: 'feedback' } as const;
  for (const row of rows) {
    const week = weeks.get(row.week);
    const key = field[row.kind as keyof typeof field];
    if (week && key) week[key] += row.count;
  }
  return [...weeks.values()];
}
