import { commitImport, prepareImport, previewImport, type ImportPreview, type ImportReport } from '../../../lib/pack/import';
import { IMPORT_STORES } from '../../../lib/db';
import { reportStoreChanges } from '../../../lib/protocol/store-changes';
import { forDisplay, type ImportReply, type ImportRequest, type ImportStage } from './import-protocol';
// Vite's `?worker` import, not `new Worker(new URL(..., import.meta.url))`: WXT defines
// import.meta.url as self.location.href, which hides that pattern from Vite's worker bundling.
import ImportWorker from './import-worker?worker';

export type OnStage = (stage: ImportStage, records?: number) => void;

/** A previewed import: confirm writes it (all or nothing), cancel drops it. */
export type PendingImport = {
  preview: ImportPreview;
  commit(onStage: OnStage): Promise<ImportReport>;
  cancel(): void;
};

/**
 * Steps 1 and 2 of the import pipeline (lib/pack/import.ts) for a chosen file, in a Web Worker that then holds the plan until confirmed. Where workers are
 * unavailable the same work runs on the page (slower to feel, same result).
 */
export function previewFile(file: File, onStage: OnStage): Promise<PendingImport> {
  if (typeof Worker === 'undefined') return previewOnPage(file);
  const worker = new ImportWorker();
  const ask = (request: ImportRequest, stage: OnStage) =>
    new Promise<ImportReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ImportReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') stage(reply.stage, reply.records);
        else if (reply.type === 'failed') reject(new Error(reply.message));
        else resolve(reply);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The import worker stopped.'));
      worker.postMessage(request);
    });
  return ask({ type: 'preview', file, fileName: file.name }, onStage).then(
    (reply) => {
      if (reply.type !== 'previewed') throw new Error('The import worker gave an unexpected answer.');
      if (!reply.preview.ok) worker.terminate();
      return {
        preview: reply.preview,
        async commit(commitStage) {
          try {
            const done = await ask({ type: 'commit' }, commitStage);
            if (done.type !== 'committed') throw new Error('The import worker gave an unexpected answer.');
            // The worker wrote: this page reports it for the worker, which cannot message the background.
            reportStoreChanges(IMPORT_STORES);
            return done.report;
          } finally {
            worker.terminate();
          }
        },
        cancel: () => worker.terminate(),
      };
    },
    (error: unknown) => {
      worker.terminate();
      throw error;
    },
  );
}

async function previewOnPage(file: File): Promise<PendingImport> {
  const preview = await previewImport(prepareImport(await file.text(), file.name));
  return {
    preview: forDisplay(preview),
    commit: () => (preview.ok ? commitImport(preview.plan) : Promise.reject(new Error('This file cannot be imported.'))),
    cancel: () => undefined,
  };
}
