/** The demo pack ships inside the extension: one click on the options page stores it. */
import { importText, type ImportReport } from '../pack/import';
import demoPack from './demo-pack.json';

export const DEMO_PACK_TEXT = JSON.stringify(demoPack);

export async function loadDemoPack(): Promise<ImportReport> {
  const result = await importText(DEMO_PACK_TEXT, 'demo-pack.json');
  if (!result.ok) throw new Error(`the demo pack is invalid: ${result.errors[0]?.message ?? 'unknown error'}`);
  return result.report;
}
