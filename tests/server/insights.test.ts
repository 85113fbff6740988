/** Insights are aggregated by the server over the team's members, and nothing of another team counts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekOf } from '../../lib/insights/week.ts';
import type { Mutation } from '../../lib/model/index.ts';
import { testApi, join, type Api, type Person } from './support/api.ts';
import { ENGINES, freshDb, type TestDb } from './support/engines.ts';
import { activity, content, feedback, putItem, uniqueId } from './support/records.ts';

describe.each(ENGINES)('insights on %s', (engine) => {
  let db: TestDb;
  let api: Api;
  let marketer: Person;
  let outsider: Person;
  const opener = content({ title: 'Opener' });
  const report = content({ title: 'Report post' });
  const now = new Date();
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();

  beforeAll(async () => {
    db = await freshDb(engine);
    api = testApi(db);
    marketer = await join(api, db, { team: 'Field', role: 'marketer', name: 'Mia Marketer' });
    const rep = await join(api, db, { team: 'Field', role: 'rep', name: 'Ravi Rep' });
    const colleague = await join(api, db, { team: 'Field', role: 'rep', name: 'Cleo Colleague' });
    outsider = await join(api, db, { team: 'Elsewhere', role: 'marketer', name: 'Olga Other' });
    await api.push(marketer.token, [putItem(opener, marketer.teamId), putItem(report, marketer.teamId)]);

    const event = (m: Mutation['type'], record: object): Mutation => ({ id: uniqueId('m'), type: m, record }) as Mutation;
    await api.push(rep.token, [
      event('activity.add', activity({ action: 'share', contentId: report.id, at: at(0), profileSlug: 'jane' })),
      event('activity.add', activity({ action: 'share', contentId: report.id, at: at(0), profileSlug: 'marcus' })),
      event('activity.add', activity({ action: 'copy', contentId: opener.id, at: at(8), profileSlug: 'jane' })),
      event('activity.add', activity({ action: 'intro-request', contentId: undefined, relationshipId: 'r1', at: at(8), profileSlug: 'jane' })),
      event('feedback.add', feedback({ contentId: report.id, verdict: 'worked', at: at(0) })),
      event('feedback.add', feedback({ contentId: opener.id, verdict: 'objection', objection: { text: 'Too pricey', tag: 'price' }, at: at(1) })),
    ]);
    await api.push(colleague.token, [
      event('activity.add', activity({ action: 'insert', contentId: opener.id, at: at(0), profileSlug: 'ana' })),
      event('feedback.add', feedback({ contentId: opener.id, verdict: 'didnt-land', at: at(0) })),
      event('feedback.add', feedback({ contentId: opener.id, verdict: 'objection', objection: { text: 'No budget this year', tag: 'price' }, at: at(0) })),
    ]);
    await api.push(outsider.token, [
      event('activity.add', activity({ action: 'share', contentId: report.id, at: at(0) })),
      event('feedback.add', feedback({ contentId: report.id, verdict: 'objection', objection: { text: 'Not ours', tag: 'timing' }, at: at(0) })),
    ]);
  });
  afterAll(() => db.close());

  // Items by use, then by what worked (as lib/insights ranks them).
  it('counts per item, per week and per objection across the team, and its goals', async () => {
    const reply = await api.call('GET', '/v1/insights?weeks=4', { token: marketer.token });
    expect(reply.status).toBe(200);
    const insights = reply.body;
    expect(insights.teams).toEqual([{ id: marketer.teamId, name: 'Field' }]);
    expect(insights.items).toEqual([
      { contentId: report.id, title: 'Report post', shares: 2, copies: 0, inserts: 0, uses: 2, worked: 1, didntLand: 0, objections: 0 },
      { contentId: opener.id, title: 'Opener', shares: 0, copies: 1, inserts: 1, uses: 2, worked: 0, didntLand: 1, objections: 2 },
    ]);
    expect(insights.weeks).toHaveLength(4);
    const thisWeek = insights.weeks.find((week: { week: string }) => week.week === weekOf(now.toISOString()));
    expect(thisWeek).toMatchObject({ shares: 2, inserts: 1 });
    const weekTotals = insights.weeks.reduce((sum: number, w: { shares: number; copies: number; inserts: number; intros: number; feedback: number }) => sum + w.shares + w.copies + w.inserts + w.intros + w.feedback, 0);
    expect(weekTotals).toBe(5 + 4); // the team's five activities and four verdicts
    expect(insights.objections).toEqual([
      {
        tag: 'price',
        count: 2,
        heard: [
          { at: expect.any(String), text: 'No budget this year', contentId: opener.id, actor: 'Cleo Colleague' },
          { at: expect.any(String), text: 'Too pricey', contentId: opener.id, actor: 'Ravi Rep' },
        ],
      },
    ]);
    expect(insights.goals).toEqual({
      awareness: { shares: 2 },
      revenue: { introsRequested: 1, prospectsReached: 3 },
      trust: { worked: 1, didntLand: 1, ratio: 0.5 },
    });
  });

  it("refuses another team's figures", async () => {
    const reply = await api.call('GET', `/v1/insights?team=${outsider.teamId}`, { token: marketer.token });
    expect(reply.status).toBe(403);
    const bad = await api.call('GET', '/v1/insights?weeks=500', { token: marketer.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.issues?.[0]?.path).toBe('weeks');
  });
});
