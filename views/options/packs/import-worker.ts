/**
 * Parses, plans and writes an import off the options page's UI thread: checking a 100,000-row
 * CSV, deriving its lookup keys and issuing its puts each take seconds, and the page must stay
 * responsive meanwhile. IndexedDB is open to workers, and the write is still one transaction
 * (the pipeline in lib/pack/import.ts); the change is broadcast to open views as from any page.
 */
import { errorMessage } from '../../../components/error-message';
import { commitImport, prepareImport, previewImport } from '../../../lib/pack/import';
import type { MergePlan } from '../../../lib/pack/merge';
import { forDisplay, type ImportReply, type ImportRequest } from './import-protocol';

type WorkerScope = {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
};
const scope = self as unknown as WorkerScope;

/** The plan the user is looking at; written only when they confirm. */
let pending: MergePlan | undefined;

scope.onmessage = (event) => {
  void handle(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ type: 'failed', message: errorMessage(error) }),
  );
};

async function handle(request: ImportRequest): Promise<ImportReply> {
  if (request.type === 'commit') {
    const plan = pending;
    if (!plan) return { type: 'failed', message: 'There is nothing to import: choose the file again.' };
    pending = undefined;
    scope.postMessage({ type: 'progress', stage: 'saving', records: plan.write.content.length + plan.write.relationships.length });
    return { type: 'committed', report: await commitImport(plan) };
  }
  scope.postMessage({ type: 'progress', stage: 'reading' });
  const text = await request.file.text();
  scope.postMessage({ type: 'progress', stage: 'parsing' });
  const prepared = prepareImport(text, request.fileName);
  if (prepared.ok) scope.postMessage({ type: 'progress', stage: 'comparing', records: prepared.content.length + prepared.relationships.length });
  const preview = await previewImport(prepared);
  pending = preview.ok ? preview.plan : undefined;
  return { type: 'previewed', preview: forDisplay(preview) };
}
