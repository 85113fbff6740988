/**
 * The side panel's host for the shared cards (components/panel/host.ts): a top-level extension
 * page, so it reads and writes the store itself (lib/prospect/panel-data.ts, as the background
 * does for the in-page panel), and its buttons need no guard (the web page cannot reach it:
 * docs/THREAT-MODEL.md). Only an insert goes through the background, which checks the tab.
 */
import { UNGUARDED } from '../../components/button-guard';
import type { PanelHost } from '../../components/panel/host';
import { onStoreChange } from '../../lib/db';
import { askForIntro } from '../../lib/intros/requests';
import { markSeen, pendingVerdicts, recordPanelActivity, recordVerdict, searchApproved, undoVerdict, unseenItems } from '../../lib/prospect/panel-data';
import { send } from '../../lib/protocol/send';
import { VIEW_STORES, type ProspectMemory } from './prospect-memory';

/** `memory`: the library the side panel keeps, which search and "New for you" use rather than reading it again. */
export function sidePanelHost(tabId: number | null, memory: ProspectMemory): PanelHost {
  return {
    guard: UNGUARDED,
    insert: (text) => (tabId === null ? Promise.resolve({ ok: false, reason: 'no-tab' }) : send('side-panel:insert', { tabId, text })),
    record: recordPanelActivity,
    askIntro: (profile, relationshipId, reason) => askForIntro(relationshipId, profile, reason),
    search: async (query) => searchApproved(query, (await memory.library()).approved),
    async unseen() {
      const { approved, settings } = await memory.library();
      return unseenItems({ approved, me: settings.name });
    },
    markSeen,
    recordVerdict: (profile, contentId, input) => recordVerdict({ profile, contentId, ...input }),
    undoVerdict,
    pendingVerdicts,
    onLibraryChange: (listener) => onStoreChange((stores) => stores.some((store) => VIEW_STORES.includes(store)) && listener()),
  };
}
