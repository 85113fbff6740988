/**
 * Parses and plans an import off the options page's UI thread: a 100,000-row CSV takes a second
 * or more to check, and the page must stay responsive meanwhile. IndexedDB is open to workers,
 * so the merge plan reads what is stored here too; the page only writes the confirmed plan.
 */
import { StoreError } from '../../../lib/db';
import { parseImportText, planParsed } from '../../../lib/pack/import';
import type { ImportReply, ImportRequest } from './import-protocol';

type WorkerScope = {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportReply): void;
};
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void run(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ type: 'failed', message: messageOf(error) }),
  );
};

async function run({ file, fileName }: ImportRequest): Promise<ImportReply> {
  scope.postMessage({ type: 'progress', stage: 'reading' });
  const text = await file.text();
  scope.postMessage({ type: 'progress', stage: 'parsing' });
  const parsed = parseImportText(text, fileName);
  if (parsed.ok) scope.postMessage({ type: 'progress', stage: 'comparing', records: parsed.content.length + parsed.relationships.length });
  return { type: 'done', preview: await planParsed(parsed) };
}

function messageOf(error: unknown): string {
  if (error instanceof StoreError) return error.userMessage;
  return error instanceof Error ? error.message : String(error);
}
