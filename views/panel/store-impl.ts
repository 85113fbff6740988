/** What the panel reads and writes, loaded on demand through `panelStore()`. */
export { getSettings, listApprovedContent } from '../../lib/db';
export { loadGuardrails } from '../../lib/actions/guardrails-store';
export { recordActivity } from '../../lib/actions/record';
export { loadWarmIntros } from '../../lib/panel-data';
