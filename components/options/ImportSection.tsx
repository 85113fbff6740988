import { useState } from 'preact/hooks';
import { describeIssue, type ImportIssue } from '../../lib/pack/issues';
import { commitImport, type ImportPreview, type ImportReport } from '../../lib/pack/import';
import type { MergeConflict } from '../../lib/pack/merge';
import { StoreError } from '../../lib/db';
import { stageText } from './packs/import-protocol';
import { previewInWorker } from './packs/preview-in-worker';

type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: string }
  | { step: 'saving'; fileName: string }
  | { step: 'preview'; fileName: string; preview: Extract<ImportPreview, { ok: true }> }
  | { step: 'refused'; fileName: string; errors: ImportIssue[]; warnings: ImportIssue[] }
  | { step: 'done'; fileName: string; report: ImportReport }
  | { step: 'failed'; fileName: string; message: string };

const MAX_SHOWN = 200;

/** Import a pack (.json) or relationships (.csv): preview first, then confirm; all or nothing. */
export function ImportSection() {
  const [state, setState] = useState<State>({ step: 'idle' });

  const onFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setState({ step: 'reading', fileName: file.name, progress: stageText('reading') });
    try {
      // Parsing and planning run in a worker, so a 100,000-row file does not freeze this page.
      const preview = await previewInWorker(file, (stage, records) =>
        setState({ step: 'reading', fileName: file.name, progress: stageText(stage, records) }),
      );
      setState(
        preview.ok
          ? { step: 'preview', fileName: file.name, preview }
          : { step: 'refused', fileName: file.name, errors: preview.errors, warnings: preview.warnings },
      );
    } catch (error) {
      setState({ step: 'failed', fileName: file.name, message: messageOf(error) });
    } finally {
      input.value = '';
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const { fileName, preview } = state;
    setState({ step: 'saving', fileName });
    try {
      setState({ step: 'done', fileName, report: await commitImport(preview.plan) });
    } catch (error) {
      setState({ step: 'failed', fileName, message: messageOf(error) });
    }
  };

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">Import a pack or relationships</h2>
      <label>
        Choose a Warmline pack (.json) or a relationships spreadsheet (.csv)
        <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="wl-import-file" onChange={onFile} />
      </label>
      <div data-testid="wl-import-result" role="status" aria-live="polite">
        {state.step === 'reading' ? (
          <p data-testid="wl-import-progress">
            {state.fileName}: {state.progress}
          </p>
        ) : null}
        {state.step === 'saving' ? <p data-testid="wl-import-progress">Saving {state.fileName}…</p> : null}
        {state.step === 'preview' ? (
          <div class="card">
            <p>
              <strong>{state.fileName}</strong>: nothing is saved until you confirm.
            </p>
            <Counts counts={state.preview.plan.counts} warnings={state.preview.warnings.length} errors={0} />
            <IssueList title="Warnings" issues={state.preview.warnings} />
            <ConflictList conflicts={state.preview.plan.conflicts} />
            <div class="actions">
              <button type="button" class="primary" data-testid="wl-import-confirm" onClick={confirm}>
                Import
              </button>
              <button type="button" onClick={() => setState({ step: 'idle' })}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        {state.step === 'refused' ? (
          <div class="card" role="alert">
            <p class="error">
              <strong>{state.fileName}</strong> was not imported: {state.errors.length} error{state.errors.length === 1 ? '' : 's'}.
              Nothing was saved.
            </p>
            <IssueList title="Errors" issues={state.errors} />
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
        {state.step === 'failed' ? (
          <p class="error" role="alert">
            {state.fileName} was not imported: {state.message} Nothing was saved.
          </p>
        ) : null}
      </div>
    </section>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof StoreError) return error.userMessage;
  return error instanceof Error ? error.message : String(error);
}

type CountsLike = { added: number; updated: number; unchanged: number; conflicts: number };

function Counts({ counts, warnings, errors }: { counts: CountsLike; warnings: number; errors: number }) {
  return (
    <dl class="counts">
      <div><dt>Added</dt><dd>{counts.added}</dd></div>
      <div><dt>Updated</dt><dd>{counts.updated}</dd></div>
      <div><dt>Unchanged</dt><dd>{counts.unchanged}</dd></div>
      <div><dt>Conflicts</dt><dd>{counts.conflicts}</dd></div>
      <div><dt>Warnings</dt><dd>{warnings}</dd></div>
      <div><dt>Errors</dt><dd>{errors}</dd></div>
    </dl>
  );
}

function IssueList({ title, issues }: { title: string; issues: ImportIssue[] }) {
  if (!issues.length) return null;
  return (
    <details open={title === 'Errors'}>
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

function when(iso: string | undefined): string {
  if (!iso) return 'unknown';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** Both versions' dates, so the user can see what the file would have replaced. */
function ConflictList({ conflicts }: { conflicts: MergeConflict[] }) {
  if (!conflicts.length) return null;
  return (
    <div data-testid="wl-import-conflicts">
      <p class="warn">
        {conflicts.length} item{conflicts.length === 1 ? ' was' : 's were'} edited here after coming from a pack, and the file
        has a newer version: {conflicts.length === 1 ? 'it is' : 'they are'} kept as you edited {conflicts.length === 1 ? 'it' : 'them'}.
      </p>
      <ul>
        {conflicts.slice(0, MAX_SHOWN).map((conflict) => (
          <li key={conflict.kind + conflict.id} data-testid="wl-import-conflict">
            <strong>{conflict.label}</strong> ({conflict.kind === 'content' ? 'library item' : 'relationship'}): your copy, of the
            version dated {when(conflict.localUpdatedAt)}, edited {when(conflict.local.meta.locallyEditedAt)}; the file&apos;s version
            dated {when(conflict.incomingUpdatedAt)}.
          </li>
        ))}
        {conflicts.length > MAX_SHOWN ? <li>…and {conflicts.length - MAX_SHOWN} more.</li> : null}
      </ul>
    </div>
  );
}
