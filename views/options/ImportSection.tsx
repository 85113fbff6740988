import { useEffect, useRef, useState } from 'preact/hooks';
import { originName } from '../../lib/model';
import type { PlannedChange } from '../../lib/pack/changes';
import { CSV_TEMPLATE_FILE_NAME, relationshipsCsvTemplate } from '../../lib/pack/csv-template';
import { describeIssue, type ImportIssue } from '../../lib/pack/issues';
import type { ImportPreview, ImportReport } from '../../lib/pack/import';
import type { MergeConflict } from '../../lib/pack/merge';
import { looksLikeConnections, parseConnectionsCsv, type Connection } from '../../lib/network/connections-csv';
import { errorMessage } from '../../components/error-message';
import { NetworkTriage } from './network/NetworkTriage';
import { downloadText } from './download';
import { stageText } from './packs/import-protocol';
import { previewFile, type PendingImport } from './packs/preview-file';

type State =
  | { step: 'idle' }
  | { step: 'working'; fileName: string; progress: string }
  | { step: 'preview'; fileName: string; preview: Extract<ImportPreview, { ok: true }> }
  | { step: 'refused'; fileName: string; errors: ImportIssue[]; warnings: ImportIssue[] }
  | { step: 'done'; fileName: string; report: ImportReport }
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'network'; fileName: string; connections: Connection[]; skipped: string[] };

const MAX_SHOWN = 200;

/**
 * Import a pack (.json) or relationships (.csv): preview first, then confirm; all or nothing.
 * Reading, checking and writing run in a worker, so a 100,000-row file does not freeze the page.
 * LinkedIn's connections export (Connections.csv) opens the network triage instead.
 */
export function ImportSection() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const prepared = useRef<PendingImport | undefined>(undefined);
  const drop = () => {
    prepared.current?.cancel();
    prepared.current = undefined;
  };
  useEffect(() => drop, []);

  const onFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    drop();
    const fileName = file.name;
    setState({ step: 'working', fileName, progress: stageText('reading') });
    try {
      if (looksLikeConnections(fileName, await file.slice(0, 8192).text())) {
        // LinkedIn's own export: nothing to confirm, a list to triage (views/options/network).
        const read = parseConnectionsCsv(await file.text());
        setState(
          read.ok
            ? { step: 'network', fileName, connections: read.connections, skipped: read.skipped }
            : { step: 'refused', fileName, errors: [{ where: 'file', message: read.message }], warnings: [] },
        );
        return;
      }
      const next = await previewFile(file, (stage, records) => setState({ step: 'working', fileName, progress: stageText(stage, records) }));
      const { preview } = next;
      if (preview.ok) {
        prepared.current = next;
        setState({ step: 'preview', fileName, preview });
      } else {
        setState({ step: 'refused', fileName, errors: preview.errors, warnings: preview.warnings });
      }
    } catch (error) {
      setState({ step: 'failed', fileName, message: errorMessage(error) });
    } finally {
      input.value = '';
    }
  };

  const confirm = async () => {
    const current = prepared.current;
    if (state.step !== 'preview' || !current) return;
    const { fileName } = state;
    prepared.current = undefined;
    setState({ step: 'working', fileName, progress: stageText('saving') });
    try {
      const report = await current.commit((stage, records) => setState({ step: 'working', fileName, progress: stageText(stage, records) }));
      setState({ step: 'done', fileName, report });
    } catch (error) {
      setState({ step: 'failed', fileName, message: errorMessage(error) });
    }
  };

  const cancel = () => {
    drop();
    setState({ step: 'idle' });
  };

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">Import a pack, relationships or your LinkedIn network</h2>
      <label>
        Choose a Warmline pack (.json), a relationships spreadsheet (.csv) or LinkedIn&apos;s Connections.csv
        <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="wl-import-file" onChange={onFile} />
      </label>
      <p class="muted">
        Relationships in a spreadsheet? Start from the{' '}
        <button
          type="button"
          class="link"
          data-testid="wl-csv-template"
          onClick={() => downloadText(relationshipsCsvTemplate(), CSV_TEMPLATE_FILE_NAME, 'text/csv')}
        >
          CSV template
        </button>
        : its columns are the ones Warmline reads, with two example rows.
      </p>
      <div data-testid="wl-import-result" role="status" aria-live="polite">
        {state.step === 'working' ? (
          <p data-testid="wl-import-progress">
            {state.fileName}: {state.progress}
          </p>
        ) : null}
        {state.step === 'preview' ? (
          <div class="card">
            <p>
              <strong>{state.fileName}</strong>: nothing is saved until you confirm.
            </p>
            <Counts counts={state.preview.plan.counts} warnings={state.preview.warnings.length} errors={0} />
            <ChangeList changes={state.preview.changes} total={state.preview.plan.counts.added + state.preview.plan.counts.updated} />
            <IssueList title="Warnings" issues={state.preview.warnings} />
            <ConflictList conflicts={state.preview.plan.conflicts} total={state.preview.plan.counts.conflicts} />
            <div class="actions">
              <button type="button" class="primary" data-testid="wl-import-confirm" onClick={confirm}>
                Import
              </button>
              <button type="button" data-testid="wl-import-cancel" onClick={cancel}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        {state.step === 'refused' ? (
          <div class="card refused" role="alert">
            {state.errors.length === 1 ? (
              <p class="error">
                <strong>{state.fileName}</strong> was not imported. {describeIssue(state.errors[0]!)} Nothing was saved.
              </p>
            ) : (
              <>
                <p class="error">
                  <strong>{state.fileName}</strong> was not imported: it has {state.errors.length} problems, listed below. Fix them and
                  choose it again. Nothing was saved.
                </p>
                <IssueList title="Problems" issues={state.errors} />
              </>
            )}
            <IssueList title="Warnings" issues={state.warnings} />
          </div>
        ) : null}
        {state.step === 'done' ? (
          <div class="card">
            <p class="ok">
              <strong>{state.fileName}</strong> imported.
            </p>
            <Counts counts={state.report} warnings={state.report.warnings} errors={state.report.errors} />
          </div>
        ) : null}
        {state.step === 'network' ? (
          <p data-testid="wl-import-network">
            <strong>{state.fileName}</strong>: {state.connections.length.toLocaleString()} LinkedIn connections read. Pick below the ones to flag.
          </p>
        ) : null}
        {state.step === 'failed' ? (
          <p class="error" role="alert">
            {state.fileName} was not imported: {state.message} Nothing was saved.
          </p>
        ) : null}
      </div>
      <p class="muted">
        Your LinkedIn network: in LinkedIn, Settings → Data privacy → Get a copy of your data → Connections sends you Connections.csv. Choose it
        here to flag many connections at once.
      </p>
      {state.step === 'network' ? <NetworkTriage fileName={state.fileName} connections={state.connections} skipped={state.skipped} /> : null}
    </section>
  );
}

type CountsLike = { added: number; updated: number; unchanged: number; removed: number; conflicts: number };

function Counts({ counts, warnings, errors }: { counts: CountsLike; warnings: number; errors: number }) {
  return (
    <dl class="counts">
      <div><dt>Added</dt><dd>{counts.added}</dd></div>
      <div><dt>Updated</dt><dd>{counts.updated}</dd></div>
      <div><dt>Unchanged</dt><dd>{counts.unchanged}</dd></div>
      <div><dt>Removed</dt><dd>{counts.removed}</dd></div>
      <div><dt>Conflicts</dt><dd>{counts.conflicts}</dd></div>
      <div><dt>Warnings</dt><dd>{warnings}</dd></div>
      <div><dt>Errors</dt><dd>{errors}</dd></div>
    </dl>
  );
}

function IssueList({ title, issues }: { title: string; issues: ImportIssue[] }) {
  if (!issues.length) return null;
  return (
    <details open={title === 'Problems'}>
      <summary>
        {title} ({issues.length})
      </summary>
      <ul class="issues">
        {issues.slice(0, MAX_SHOWN).map((issue, index) => (
          <li key={index}>{describeIssue(issue)}</li>
        ))}
        {issues.length > MAX_SHOWN ? <li>…and {issues.length - MAX_SHOWN} more.</li> : null}
      </ul>
    </details>
  );
}

const ACTION_WORDS: Record<PlannedChange['action'], string> = { added: 'New', updated: 'Updated' };

/** What the import changes, item by item, so the user can check the file before saying yes. */
function ChangeList({ changes, total }: { changes: PlannedChange[]; total: number }) {
  if (!total) return <p class="muted">Nothing new or changed: everything in the file is already here.</p>;
  return (
    <details open data-testid="wl-import-changes">
      <summary>What changes ({total})</summary>
      <ul class="changes">
        {changes.map((change) => (
          <li key={change.kind + change.id} data-testid="wl-import-change" data-action={change.action}>
            <span class={`badge change-${change.action}`}>{ACTION_WORDS[change.action]}</span>{' '}
            {change.kind === 'content' ? `“${change.label}”` : change.label}
            <span class="muted">
              {' '}
              ({change.kind === 'content' ? 'library item' : 'relationship'}
              {change.fields?.length ? `: ${change.fields.join(', ')}` : ''})
            </span>
          </li>
        ))}
        {total > changes.length ? <li>…and {total - changes.length} more.</li> : null}
      </ul>
    </details>
  );
}

function when(iso: string | undefined): string {
  if (!iso) return 'unknown';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/**
 * What the file would have replaced and why it was not: a copy edited here (both versions'
 * dates), or a record that belongs to another origin (whose it is, and what to do).
 */
function ConflictList({ conflicts, total }: { conflicts: MergeConflict[]; total: number }) {
  if (!total) return null;
  const one = total === 1;
  return (
    <div data-testid="wl-import-conflicts">
      <p class="warn">
        {total} record{one ? '' : 's'} in this file {one ? 'has' : 'have'} the id of one you already have that this file may not
        change: yours {one ? 'is' : 'are'} kept, and the file&apos;s version is not applied.
      </p>
      <ul>
        {conflicts.slice(0, MAX_SHOWN).map((conflict) => (
          <li key={conflict.kind + conflict.id} data-testid="wl-import-conflict" data-reason={conflict.reason}>
            <strong>{conflict.label}</strong> ({conflict.kind === 'content' ? 'library item' : 'relationship'}, id {conflict.id}):{' '}
            {conflict.reason === 'other-origin' ? (
              <>
                yours came from {originName(conflict.local.meta.origin)}, so this file cannot replace it. If this file should own it,
                delete yours first, then import again; otherwise ask the file&apos;s publisher to use another id.
              </>
            ) : (
              <>
                your copy, of the version dated {when(conflict.localUpdatedAt)}, was edited here {when(conflict.local.meta.locallyEditedAt)};
                the file&apos;s version is dated {when(conflict.incomingUpdatedAt)}.
              </>
            )}
          </li>
        ))}
        {total > conflicts.length ? <li>…and {total - conflicts.length} more.</li> : null}
      </ul>
    </div>
  );
}
