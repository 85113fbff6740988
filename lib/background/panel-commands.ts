/**
 * The in-page panel's reads and writes, carried out here: its frame sits inside LinkedIn's page,
 * where the browser may deny it storage. What each does is lib/prospect/panel-data.ts's, which the
 * side panel runs itself.
 */
import { askForIntro } from '../intros/requests';
import { markSeen, pendingVerdicts, recordPanelActivity, recordVerdict, searchApproved, undoVerdict, unseenItems } from '../prospect/panel-data';
import type { Ack } from '../protocol/replies';
import type { Handlers } from '../protocol/router';

export const panelCommands = {
  'library:search': ({ query }) => searchApproved(query),
  'library:unseen': () => unseenItems(),
  async 'library:mark-seen'({ ids }) {
    await markSeen(ids);
    return { ok: true } satisfies Ack;
  },
  async 'activity:record'({ action, profile, contentId, relationshipId }) {
    await recordPanelActivity(action, profile, { contentId, relationshipId });
    return { ok: true } satisfies Ack;
  },
  'intro:ask': ({ profile, relationshipId, reason }) => askForIntro(relationshipId, profile, reason),
  'feedback:record': (request) => recordVerdict(request),
  'feedback:undo': ({ feedbackId }) => undoVerdict(feedbackId),
  'feedback:pending': ({ profile, before }) => pendingVerdicts(profile, new Date(before)),
} satisfies Pick<
  Handlers,
  'library:search' | 'library:unseen' | 'library:mark-seen' | 'activity:record' | 'intro:ask' | 'feedback:record' | 'feedback:undo' | 'feedback:pending'
>;
