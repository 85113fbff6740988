import type { ImportPreview, ImportReport } from '../../../lib/pack/import';

/**
 * Messages between the options page and the import worker. The worker keeps the merge plan (for
 * 100,000 relationships, tens of megabytes) and sends the page only what it shows: counts,
 * warnings and the first conflicts. On confirm it writes the plan itself.
 */
export type ImportRequest = { type: 'preview'; file: Blob; fileName: string } | { type: 'commit' };

export type ImportStage = 'reading' | 'parsing' | 'comparing' | 'saving';

export type ImportReply =
  | { type: 'progress'; stage: ImportStage; records?: number }
  | { type: 'previewed'; preview: ImportPreview }
  | { type: 'committed'; report: ImportReport }
  | { type: 'failed'; message: string };

/** How many conflicts the page lists; the counts still say how many there are in all. */
export const CONFLICTS_SHOWN = 200;

/** The preview as the page needs it: no records to write, at most CONFLICTS_SHOWN conflicts. */
export function forDisplay(preview: ImportPreview): ImportPreview {
  if (!preview.ok) return preview;
  const { plan } = preview;
  return {
    ...preview,
    plan: { ...plan, conflicts: plan.conflicts.slice(0, CONFLICTS_SHOWN), write: { content: [], relationships: [] } },
  };
}

export function stageText(stage: ImportStage, records?: number): string {
  const count = records === undefined ? '' : ` ${records.toLocaleString('en')} records`;
  if (stage === 'reading') return 'Reading the file…';
  if (stage === 'parsing') return 'Checking every row and item…';
  if (stage === 'comparing') return `Comparing${count} with what is stored…`;
  return `Saving${count}…`;
}
