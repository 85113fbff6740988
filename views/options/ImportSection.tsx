import { useEffect, useRef, useState } from 'preact/hooks';
import { describeIssue, type ImportIssue } from '../../lib/pack/issues';
import type { ImportPreview, ImportReport } from '../../lib/pack/import';
import type { MergeConflict } from '../../lib/pack/merge';
import { errorMessage } from '../../components/error-message';
import { stageText } from './packs/import-protocol';
import { previewFile, type PendingImport } from './packs/preview-file';

type State =
  | { step: 'idle' }
  | { step: 'working'; fileName: string; progress: string }
  | { step: 'preview'; fileName: string; preview: Extract<ImportPreview, { ok: true }> }
  | { step: 'refused'; fileName: string; errors: ImportIssue[]; warnings: ImportIssue[] }
  | { step: 'done'; fileName: string; report: ImportReport }
  | { step: 'failed'; fileName: string; message: string };

const MAX_SHOWN = 200;

/**
 * Import a pack (.json) or relationships (.csv): preview first, then confirm; all or nothing.
 * Reading, checking and writing run in a worker, so a 100,000-row file does not freeze the page.
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
      <h2 id="import-h">Import a pack or relationships</h2>
      <label>
        Choose a Warmline pack (.json) or a relationships spreadsheet (.csv)
        <input type="file" accept=".json,.csv,application/json,text/csv" data-testid="wl-import-file" onChange={onFile} />
      </label>
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
function ConflictList({ conflicts, total }: { conflicts: MergeConflict[]; total: number }) {
  if (!total) return null;
  const one = total === 1;
  return (
    <div data-testid="wl-import-conflicts">
      <p class="warn">
        {total} item{one ? ' was' : 's were'} edited here after coming from a pack, and the file has a newer version:{' '}
        {one ? 'it is' : 'they are'} kept as you edited {one ? 'it' : 'them'}, and the file&apos;s version is not applied.
      </p>
      <ul>
        {conflicts.slice(0, MAX_SHOWN).map((conflict) => (
          <li key={conflict.kind + conflict.id} data-testid="wl-import-conflict">
            <strong>{conflict.label}</strong> ({conflict.kind === 'content' ? 'library item' : 'relationship'}): your copy, of the
            version dated {when(conflict.localUpdatedAt)}, edited {when(conflict.local.meta.locallyEditedAt)}; the file&apos;s version
            dated {when(conflict.incomingUpdatedAt)}.
          </li>
        ))}
        {total > conflicts.length ? <li>…and {total - conflicts.length} more.</li> : null}
      </ul>
    </div>
  );
}
