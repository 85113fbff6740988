/** What the panel reads and writes, loaded on demand through `panelStore()`. */
export { getSettings } from '../../lib/db';
export { loadGuardrails } from '../../lib/actions/guardrails-store';
export { recordActivity } from '../../lib/actions/record';
export { loadApprovedContent, loadWarmIntros } from '../../lib/panel-data';
