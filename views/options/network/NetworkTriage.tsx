import { useEffect, useMemo, useState } from 'preact/hooks';
import { RELATIONS, type Relation, type Share } from '../../../lib/model';
import type { Connection } from '../../../lib/network/connections-csv';
import { flagPicked, loadTriageRows } from '../../../lib/network/flag-picked';
import { filterRows, type TriageRow } from '../../../lib/network/triage';
import { errorMessage } from '../../../components/error-message';
import { listWords, RELATION_WORDS, STRENGTH_WORDS } from '../../../components/words';
import { useSettings } from '../../../components/useSettings';
import { useTeamSession } from '../../../components/useTeam';
import { TriageList } from './TriageList';
import './network.css';

type Props = { fileName: string; connections: readonly Connection[]; skipped: readonly string[] };

type Outcome = { kind: 'flagged'; added: number; updated: number; share: Share } | { kind: 'failed'; message: string };

/**
 * Bring your network: LinkedIn's connections, filtered by company or title, rows at accounts the
 * team works marked, many picked at once and flagged with one relation, strength and sharing.
 * Nothing is stored, let alone shared, until the marketer flags what they picked.
 */
export function NetworkTriage({ fileName, connections, skipped }: Props) {
  const [settings, settingsLoaded] = useSettings();
  const [session] = useTeamSession();
  const [rows, setRows] = useState<TriageRow[] | undefined>(undefined);
  const [text, setText] = useState('');
  const [teamOnly, setTeamOnly] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [relation, setRelation] = useState<Relation | ''>('');
  const [strength, setStrength] = useState('');
  const [canIntro, setCanIntro] = useState(true);
  const [share, setShare] = useState<Share>('team');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);

  const reload = () => loadTriageRows(connections, settings.name).then(setRows);
  useEffect(() => {
    if (settingsLoaded) void reload().catch((error: unknown) => setOutcome({ kind: 'failed', message: errorMessage(error) }));
  }, [connections, settingsLoaded, settings.name]);

  const shown = useMemo(() => (rows ? filterRows(rows, { text, teamAccountsOnly: teamOnly }) : []), [rows, text, teamOnly]);
  const teamCount = useMemo(() => rows?.filter((row) => row.teamAccount).length ?? 0, [rows]);
  const alreadyFlagged = useMemo(() => rows?.filter((row) => row.flaggedId).length ?? 0, [rows]);

  const toggle = (row: TriageRow) =>
    setPicked((before) => {
      const next = new Set(before);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      return next;
    });
  const pickShown = (pick: boolean) =>
    setPicked((before) => {
      const next = new Set(before);
      for (const row of shown) {
        if (pick) next.add(row.key);
        else next.delete(row.key);
      }
      return next;
    });

  const flag = async () => {
    if (!rows) return;
    if (!relation || !strength) {
      setProblem(!relation ? 'Choose how you know them.' : 'Choose how well you know them.');
      return;
    }
    setProblem('');
    setBusy(true);
    try {
      const chosen = rows.filter((row) => picked.has(row.key));
      const result = await flagPicked(chosen, { relation, strength: Number(strength), canIntro }, settings, share);
      setOutcome({ kind: 'flagged', added: result.added, updated: result.updated, share });
      setPicked(new Set());
      await reload();
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="network-h" class="network" data-testid="wl-triage">
      <h2 id="network-h">Bring your network: {fileName}</h2>
      {!rows ? (
        <p class="muted">Reading {connections.length.toLocaleString()} connections…</p>
      ) : (
        <>
          <p>
            {rows.length.toLocaleString()} connections. {teamCount.toLocaleString()} at accounts your team works, {alreadyFlagged.toLocaleString()} you
            already flagged. Nothing is saved or shared until you flag the ones you pick.
          </p>
          {skipped.length ? (
            <details>
              <summary>Left out ({skipped.length})</summary>
              <ul class="issues">
                {skipped.slice(0, 50).map((line) => (
                  <li key={line}>{line}</li>
                ))}
                {skipped.length > 50 ? <li>…and {skipped.length - 50} more.</li> : null}
              </ul>
            </details>
          ) : null}
          <div class="row triage-filter">
            <label>
              Filter by company, title or name
              <input type="search" data-testid="wl-triage-filter" value={text} onInput={(e) => setText(e.currentTarget.value)} />
            </label>
            <label class="inline">
              <input type="checkbox" data-testid="wl-triage-team-only" checked={teamOnly} onChange={(e) => setTeamOnly(e.currentTarget.checked)} />
              Only accounts your team works ({teamCount.toLocaleString()})
            </label>
          </div>
          <div class="row">
            <button type="button" data-testid="wl-triage-pick-shown" onClick={() => pickShown(true)} disabled={shown.length === 0}>
              Pick all {shown.length.toLocaleString()} shown
            </button>
            <button type="button" data-testid="wl-triage-unpick-shown" onClick={() => pickShown(false)} disabled={shown.length === 0}>
              Unpick those shown
            </button>
            <span class="muted" data-testid="wl-triage-picked" aria-live="polite">
              {picked.size.toLocaleString()} picked
            </span>
          </div>
          <TriageList rows={shown} picked={picked} onToggle={toggle} />
          <fieldset class="triage-choice">
            <legend>For every picked connection</legend>
            <label>
              How you know them
              <select data-testid="wl-triage-relation" value={relation} onChange={(e) => setRelation(e.currentTarget.value as Relation | '')}>
                <option value="">Choose…</option>
                {RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {RELATION_WORDS[r]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              How well
              <select data-testid="wl-triage-strength" value={strength} onChange={(e) => setStrength(e.currentTarget.value)}>
                <option value="">Choose…</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={String(n)}>
                    {n}: {STRENGTH_WORDS[n]}
                  </option>
                ))}
              </select>
            </label>
            <label class="inline">
              <input type="checkbox" data-testid="wl-triage-can-intro" checked={canIntro} onChange={(e) => setCanIntro(e.currentTarget.checked)} />
              I can introduce them
            </label>
            {session ? (
              <label>
                Who sees these flags
                <select data-testid="wl-triage-share" value={share} onChange={(e) => setShare(e.currentTarget.value === 'private' ? 'private' : 'team')}>
                  <option value="team">{listWords(session.teams.map((team) => team.name))} (shared)</option>
                  <option value="private">Only me (private)</option>
                </select>
              </label>
            ) : null}
            {problem ? (
              <p class="error" role="alert">
                {problem}
              </p>
            ) : null}
            <div class="actions">
              <button type="button" class="primary" data-testid="wl-triage-flag" onClick={flag} disabled={busy || picked.size === 0}>
                Flag {picked.size.toLocaleString()} picked
              </button>
            </div>
          </fieldset>
        </>
      )}
      <div role="status" aria-live="polite" data-testid="wl-triage-result">
        {outcome?.kind === 'flagged' ? (
          <p class="ok">
            Flagged {(outcome.added + outcome.updated).toLocaleString()}: {outcome.added.toLocaleString()} new,{' '}
            {outcome.updated.toLocaleString()} updated flag{outcome.updated === 1 ? '' : 's'} you had.
            {session ? (outcome.share === 'team' ? ' They go to your team.' : ' They stay private to you.') : ''}
          </p>
        ) : null}
        {outcome?.kind === 'failed' ? <p class="error">Nothing was flagged: {outcome.message}</p> : null}
      </div>
    </section>
  );
}
