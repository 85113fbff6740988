import type { ImportPreview } from '../../../lib/pack/import';

/** Messages between the options page and the import worker. */
export type ImportRequest = { file: Blob; fileName: string };

export type ImportStage = 'reading' | 'parsing' | 'comparing';

export type ImportReply =
  | { type: 'progress'; stage: ImportStage; records?: number }
  | { type: 'done'; preview: ImportPreview }
  | { type: 'failed'; message: string };

export function stageText(stage: ImportStage, records?: number): string {
  if (stage === 'reading') return 'Reading the file…';
  if (stage === 'parsing') return 'Checking every row and item…';
  const count = records === undefined ? '' : ` ${records.toLocaleString('en')} records`;
  return `Comparing${count} with what is stored…`;
}
