/** The demo pack ships inside the extension: one click on the options page stores it. */
import { commitImport, previewImport, type ImportReport } from '../pack/import';
import demoPack from './demo-pack.json';

export const DEMO_PACK_TEXT = JSON.stringify(demoPack);

export async function loadDemoPack(): Promise<ImportReport> {
  const preview = await previewImport(DEMO_PACK_TEXT, 'demo-pack.json');
  if (!preview.ok) throw new Error(`the demo pack is invalid: ${preview.errors[0]?.message ?? 'unknown error'}`);
  return commitImport(preview.plan);
}
