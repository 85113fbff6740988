import { send } from '../../lib/protocol/send';
import type { PanelHello } from '../../lib/protocol/replies';

const UNANSWERED: PanelHello = { tabId: null, snapshot: null, theme: 'light' };

/**
 * Which tab the panel is in, what it shows and, prepared by the background, the prospect view to
 * paint. Asked again whenever the background says the page or the data changed.
 */
export function askPanelHello(): Promise<PanelHello> {
  return send('panel:hello').catch(() => UNANSWERED);
}
