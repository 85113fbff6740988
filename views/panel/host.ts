/**
 * The in-page panel's host for the shared cards (components/panel/host.ts): every read and write
 * through the background (its frame sits inside LinkedIn's page, where the browser may deny it
 * storage), every card button through the clickjacking guard (./guard/).
 */
import type { PanelHost } from '../../components/panel/host';
import { send } from '../../lib/protocol/send';
import { GUARDED_BUTTONS } from './guard/guarded-buttons';
import { changesShown, onNotice } from './notices';

export const BACKGROUND_HOST: PanelHost = {
  guard: GUARDED_BUTTONS,
  insert: (text) => send('panel:insert', { text }),
  async record(action, profile, ids) {
    await send('activity:record', { action, profile, ...ids });
  },
  askIntro: (profile, relationshipId, reason) => send('intro:ask', { profile, relationshipId, reason }),
  search: (query) => send('library:search', { query }),
  unseen: () => send('library:unseen'),
  async markSeen(ids) {
    await send('library:mark-seen', { ids });
  },
  recordVerdict: (profile, contentId, input) => send('feedback:record', { profile, contentId, ...input }),
  undoVerdict: (feedbackId) => send('feedback:undo', { feedbackId }),
  pendingVerdicts: (profile, before) => send('feedback:pending', { profile, before: before.toISOString() }),
  onLibraryChange: (listener) => onNotice((notice) => changesShown(notice) && listener()),
};
