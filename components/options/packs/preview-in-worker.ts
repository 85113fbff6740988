import { previewImport, type ImportPreview } from '../../../lib/pack/import';
import type { ImportReply, ImportRequest, ImportStage } from './import-protocol';
// Vite's `?worker` import, not `new Worker(new URL(..., import.meta.url))`: WXT defines
// import.meta.url as self.location.href, which hides that pattern from Vite's worker bundling.
import ImportWorker from './import-worker?worker';

/**
 * Previews an import in a Web Worker, reporting each stage. Where workers are unavailable the
 * same work runs on the page (slower to feel, same result). One worker per file: it is closed
 * when the answer arrives.
 */
export function previewInWorker(file: File, onStage: (stage: ImportStage, records?: number) => void): Promise<ImportPreview> {
  if (typeof Worker === 'undefined') return file.text().then((text) => previewImport(text, file.name));
  return new Promise((resolve, reject) => {
    const worker = new ImportWorker();
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onStage(reply.stage, reply.records);
      else if (reply.type === 'done') {
        finish();
        resolve(reply.preview);
      } else {
        finish();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The import worker stopped.'));
    };
    const request: ImportRequest = { file, fileName: file.name };
    worker.postMessage(request);
  });
}
