import { useState } from 'preact/hooks';
import { errorMessage } from '../../../components/error-message';
import { useTeamSession } from '../../../components/useTeam';
import { listWords } from '../../../components/words';
import type { TeamSession } from '../../../lib/model';
import { prepareImport } from '../../../lib/pack/import';
import { describeIssue } from '../../../lib/pack/issues';
import { editsTeamLibrary } from '../../../lib/sync/local-writes';
import { commitTeamPackImport, exportTeamLibrary, planTeamPackImport, type TeamPackPlan } from '../../../lib/pack/team-library';
import { downloadText } from '../download';

/** On the Packs tab, for a connected marketer: a pack into the team's library (preview, confirm), and the team's library as a pack. */
export function TeamLibraryPacks() {
  const [session] = useTeamSession();
  return editsTeamLibrary(session) ? <TeamPacks session={session} /> : null;
}

function TeamPacks({ session }: { session: TeamSession }) {
  const [plan, setPlan] = useState<TeamPackPlan>();
  const [team, setTeam] = useState<string>(session.teams[0]?.id ?? '');
  const [said, setSaid] = useState<{ text: string; error?: boolean }>();
  const teams = listWords(session.teams.map((t) => t.name));

  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPlan(undefined);
    if (!file) return;
    const prepared = prepareImport(await file.text(), file.name, { kind: 'pack' });
    if (!prepared.ok) return setSaid({ text: `Nothing was imported. ${prepared.errors.slice(0, 3).map(describeIssue).join(' ')}`, error: true });
    setPlan(await planTeamPackImport(prepared));
    setSaid(undefined);
  };
  const confirm = async () => {
    if (!plan) return;
    try {
      const sent = await commitTeamPackImport(plan, team === 'every' ? null : team);
      setPlan(undefined);
      setSaid({ text: `${sent} ${sent === 1 ? 'item goes' : 'items go'} to the team's library now (drafts stay with marketing until approved).` });
    } catch (error) {
      setSaid({ text: `Nothing was imported: ${errorMessage(error)}`, error: true });
    }
  };
  const exportLibrary = async () => {
    try {
      downloadText(await exportTeamLibrary(session), `warmline-team-library-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
      setSaid({ text: 'The team library was exported as a pack.' });
    } catch (error) {
      setSaid({ text: `Nothing was exported: ${errorMessage(error)}`, error: true });
    }
  };

  return (
    <section aria-labelledby="team-packs-h" data-testid="wl-team-packs">
      <h2 id="team-packs-h">The team's library ({teams})</h2>
      <p class="muted">Bring a pack's items into the team's library, where every rep of the team gets the approved ones; or save the team's library as a pack file.</p>
      <label>
        A pack into the team's library
        <input type="file" accept=".json,application/json" data-testid="wl-team-import-file" onChange={(e) => void choose(e)} />
      </label>
      {plan ? (
        <div class="card" data-testid="wl-team-import-preview">
          <p>
            {plan.added.length} new, {plan.updated.length} changed, {plan.unchanged} unchanged.
            {plan.relationships ? ` The pack's ${plan.relationships} relationships are flags, not library items: import them on this tab, then share them from the Team tab.` : ''}
          </p>
          {plan.heldHere.length ? (
            <p class="warn">
              Not imported, their ids belong to items here: {plan.heldHere.slice(0, 5).map((held) => `“${held.title}” (${held.by})`).join(', ')}
              {plan.heldHere.length > 5 ? ` and ${plan.heldHere.length - 5} more` : ''}.
            </p>
          ) : null}
          {session.teams.length > 1 || session.user.role === 'admin' ? (
            <label>
              Into the library of
              <select value={team} onChange={(e) => setTeam(e.currentTarget.value)}>
                {session.teams.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
                {session.user.role === 'admin' ? <option value="every">Every team</option> : null}
              </select>
            </label>
          ) : null}
          <div class="actions">
            <button type="button" class="primary" data-testid="wl-team-import-confirm" disabled={plan.added.length + plan.updated.length === 0} onClick={() => void confirm()}>
              Put {plan.added.length + plan.updated.length} in the team's library
            </button>
            <button type="button" onClick={() => setPlan(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" data-testid="wl-team-export" onClick={() => void exportLibrary()}>
          Export the team's library (pack)
        </button>
      </div>
      <p role="status" data-testid="wl-team-import-result" class={said?.error ? 'error' : 'ok'}>
        {said?.text}
      </p>
    </section>
  );
}
