import { useMemo, useState } from 'preact/hooks';
import { errorMessage } from '../../../components/error-message';
import { computeInsights, type Insights, type ItemUsage, type Tally } from '../../../lib/insights/aggregate';
import { useSettings } from '../../../components/useSettings';
import { useTeamSession } from '../../../components/useTeam';
import { editsTeamLibrary } from '../../../lib/sync/local-writes';
import { TeamFigures } from './TeamFigures';
import { OBJECTION_WORDS } from '../../../components/words';
import { AwaitingVerdicts } from './AwaitingVerdicts';
import { BarChart } from './BarChart';
import { ExportActivities } from './ExportActivities';
import { useInsightSources } from './useInsightSources';
import './insights.css';

const COLORS = { shares: '#0a66c2', copies: '#7a5af8', inserts: '#e8871e', intros: '#057642', worked: '#057642', didnt: '#b3261e' };

/** What reps did with marketing's content, and marketing's three goals as figures. */
export function InsightsSection() {
  const { value: sources, error } = useInsightSources();
  const insights = useMemo(() => (sources ? computeInsights(sources) : undefined), [sources]);
  const titles = useMemo(() => new Map((sources?.content ?? []).map((item) => [item.id, item.title])), [sources]);
  const [settings] = useSettings();
  const [session] = useTeamSession();
  const [source, setSource] = useState<'team' | 'here'>('team');
  // A marketer in a team sees the team's figures from its server first; this browser's are a click away.
  const team = editsTeamLibrary(session) && source === 'team' ? session : undefined;
  return (
    <section class="insights" aria-labelledby="insights-h" data-testid="wl-insights">
      <h2 id="insights-h">Insights</h2>
      {editsTeamLibrary(session) ? (
        <label>
          Whose figures
          <select data-testid="wl-insights-source" value={source} onChange={(e) => setSource(e.currentTarget.value === 'here' ? 'here' : 'team')}>
            <option value="team">The team’s (from the team server)</option>
            <option value="here">This browser’s</option>
          </select>
        </label>
      ) : null}
      {error ? <p class="error" role="alert">Could not read activity: {errorMessage(error)}</p> : null}
      {sources ? <AwaitingVerdicts activities={sources.activities} feedback={sources.feedback} titles={titles} actor={settings.name} /> : null}
      {team ? <TeamFigures session={team} render={(figures) => <InsightsBody insights={figures} />} /> : null}
      {!team && insights ? <InsightsBody insights={insights} /> : null}
      {!team && !insights && !error ? <p class="muted">Loading…</p> : null}
      <h3>Export</h3>
      <ExportActivities />
    </section>
  );
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** Below this many answers a percentage says more about chance than about the content. */
const FEW_ANSWERS = 5;

function InsightsBody({ insights }: { insights: Insights }) {
  const { goals, weeks } = insights;
  const { trust } = goals;
  // What the percentage rests on, said beside it.
  const answers = trust.worked + trust.didntLand;
  return (
    <>
      <div class="goals">
        <article class="goal" data-testid="wl-insight-awareness" data-shares={goals.awareness.shares}>
          <h3>Awareness</h3>
          <p class="figure">{goals.awareness.shares}</p>
          <p class="muted">
            {goals.awareness.shares === 1 ? 'time a rep opened' : 'times reps opened'} LinkedIn's post box with an approved post (posting is
            theirs to finish)
          </p>
        </article>
        <article class="goal" data-testid="wl-insight-revenue" data-intros={goals.revenue.introsRequested} data-prospects={goals.revenue.prospectsReached}>
          <h3>Outreach</h3>
          <dl>
            <dt>Intro requests sent</dt>
            <dd>{goals.revenue.introsRequested}</dd>
            <dt>Prospects an item was used for</dt>
            <dd>{goals.revenue.prospectsReached}</dd>
          </dl>
          <p class="muted small">Copied, inserted or shared; whether it was sent is the rep's to say.</p>
        </article>
        <article class="goal" data-testid="wl-insight-trust" data-worked={trust.worked} data-didnt={trust.didntLand} data-answers={answers}>
          <h3>Trust</h3>
          <p class="figure">{trust.ratio === null ? '–' : percent(trust.ratio)}</p>
          <p class="muted" data-testid="wl-insight-trust-basis">
            {answers === 0
              ? 'No rep has said yet whether a message landed.'
              : `landed, from ${answers} ${answers === 1 ? 'answer' : 'answers'}: ${trust.worked} worked, ${trust.didntLand} didn't land`}
          </p>
          {answers > 0 && answers < FEW_ANSWERS ? <p class="warn small">Too few answers to go by yet.</p> : null}
        </article>
      </div>

      <h3>Usage per week</h3>
      {weeks.length ? (
        <>
          <BarChart
            testId="wl-chart-weekly"
            labels={weeks.map((w) => w.week)}
            stacked
            summary={`Weekly usage over ${weeks.length} ${weeks.length === 1 ? 'week' : 'weeks'}; the table below has the numbers.`}
            series={[
              { label: 'Shares', data: weeks.map((w) => w.shares), color: COLORS.shares },
              { label: 'Copies', data: weeks.map((w) => w.copies), color: COLORS.copies },
              { label: 'Inserts', data: weeks.map((w) => w.inserts), color: COLORS.inserts },
              { label: 'Intro requests sent', data: weeks.map((w) => w.intros), color: COLORS.intros },
            ]}
          />
          <details>
            <summary>Weekly numbers as a table</summary>
            <table data-testid="wl-weekly-table">
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  <th scope="col" class="n">Shares</th>
                  <th scope="col" class="n">Copies</th>
                  <th scope="col" class="n">Inserts</th>
                  <th scope="col" class="n">Intros</th>
                  <th scope="col" class="n">Feedback</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.week}>
                    <th scope="row">{w.week}</th>
                    <td class="n">{w.shares}</td>
                    <td class="n">{w.copies}</td>
                    <td class="n">{w.inserts}</td>
                    <td class="n">{w.intros}</td>
                    <td class="n">{w.feedback}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p class="muted">No activity yet. Every copy, insert, share and intro request in the panel shows up here.</p>
      )}

      {goals.trust.worked + goals.trust.didntLand ? (
        <>
          <h3>Worked vs didn't land</h3>
          <BarChart
            testId="wl-chart-trust"
            horizontal
            stacked
            labels={['Verdicts']}
            summary={`${goals.trust.worked} worked, ${goals.trust.didntLand} didn't land.`}
            series={[
              { label: 'Worked', data: [goals.trust.worked], color: COLORS.worked },
              { label: "Didn't land", data: [goals.trust.didntLand], color: COLORS.didnt },
            ]}
          />
        </>
      ) : null}

      <h3>Per item</h3>
      {insights.items.length ? <ItemTable items={insights.items} /> : <p class="muted">No item has been used yet.</p>}
      {insights.topItems.length ? (
        <>
          <h3>Top items</h3>
          <ol data-testid="wl-top-items">
            {insights.topItems.map((item) => (
              <li key={item.contentId}>
                {item.title} <span class="muted">({item.uses} {item.uses === 1 ? 'use' : 'uses'})</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h3>Never used</h3>
      {insights.neverUsed.length ? (
        <ul data-testid="wl-never-used">
          {insights.neverUsed.map((item) => (
            <li key={item.contentId} data-content-id={item.contentId}>
              {item.title}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Every approved item has been used at least once.</p>
      )}

      <h3>Intro requests sent</h3>
      {!insights.intros.requests.length && insights.goals.revenue.introsRequested ? (
        <p data-testid="wl-intros-count">
          {insights.goals.revenue.introsRequested} sent across the team (who asked whom stays between the two of them).
        </p>
      ) : insights.intros.requests.length ? (
        <div class="grid" data-testid="wl-intros">
          <TallyTable caption="By whom" rows={insights.intros.byActor} />
          <TallyTable caption="To whom (who knows them)" rows={insights.intros.byKnownBy} />
        </div>
      ) : (
        <p class="muted">No intro request sent yet: one counts once the note is copied or emailed.</p>
      )}

      <h3>Objections heard</h3>
      {insights.objections.length ? (
        <div data-testid="wl-objections">
          {insights.objections.map((group) => (
            <details key={group.tag} data-tag={group.tag}>
              <summary>
                {OBJECTION_WORDS[group.tag as keyof typeof OBJECTION_WORDS] ?? group.tag}: {group.count}
              </summary>
              <ul>
                {group.heard.map((heard, index) => (
                  <li key={index}>
                    “{heard.text}” <span class="muted">on {heard.title}{heard.actor ? `, ${heard.actor}` : ''}, {heard.at.slice(0, 10)}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      ) : (
        <p class="muted">No objection logged yet.</p>
      )}
    </>
  );
}

function ItemTable({ items }: { items: ItemUsage[] }) {
  return (
    <table data-testid="wl-item-table">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col" class="n">Shares</th>
          <th scope="col" class="n">Copies</th>
          <th scope="col" class="n">Inserts</th>
          <th scope="col" class="n">Worked</th>
          <th scope="col" class="n">Didn't land</th>
          <th scope="col" class="n">Objections</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.contentId} data-content-id={item.contentId}>
            <th scope="row">{item.title}</th>
            <td class="n">{item.shares}</td>
            <td class="n">{item.copies}</td>
            <td class="n">{item.inserts}</td>
            <td class="n">{item.worked}</td>
            <td class="n">{item.didntLand}</td>
            <td class="n">{item.objections}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TallyTable({ caption, rows }: { caption: string; rows: Tally[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td class="n">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
