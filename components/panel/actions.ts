/**
 * What the rep's buttons do, one function per action: each does the thing, records it, and says
 * how it went in words to show beside the button. Cards call these and nothing else, so a check
 * that must pass before any action (a guard against clickjacking) wraps them in one place.
 */
import { copyText } from '../../lib/actions/clipboard';
import { shareUrlFor } from '../../lib/actions/share';
import type { ProfileSnapshot } from '../../lib/model/profile';
import type { Settings } from '../../lib/model/settings';
import type { InsertOutcome } from '../../lib/protocol/replies';
import type { PanelHost, RecordedAction } from './host';

/** Shown beside the pressed button: a short label for the button itself, and an optional line more. */
export type Confirmation = { tone: 'ok' | 'warn'; short: string; detail?: string };

const COPY_BLOCKED: Confirmation = { tone: 'warn', short: 'Not copied', detail: 'The browser blocked copying: select the text and copy it.' };

export type PanelActions = {
  copy(text: string, contentId: string): Promise<Confirmation>;
  insert(text: string, contentId: string): Promise<Confirmation>;
  share(item: { id: string; url: string }, commentary: string): Promise<Confirmation>;
  /** The intro note copied for the colleague: the request counts as made when it leaves the panel. */
  copyIntroNote(note: string, relationshipId: string, colleague: string): Promise<Confirmation>;
  /** The rep opened an email to the colleague with the note. */
  emailIntroNote(relationshipId: string, colleague: string): Promise<Confirmation>;
};

type Recorded = { contentId?: string; relationshipId?: string };

export function panelActions(profile: ProfileSnapshot, settings: Pick<Settings, 'utmSource' | 'utmMedium' | 'name'>, host: Pick<PanelHost, 'insert' | 'record'>): PanelActions {
  // Every action is recorded (by the background or the side panel), signed with the rep's name.
  const record = (action: RecordedAction, ids: Recorded) => host.record(action, profile, ids).catch(() => undefined);

  return {
    async copy(text, contentId) {
      if (!(await copyText(text))) return COPY_BLOCKED;
      await record('copy', { contentId });
      return { tone: 'ok', short: 'Copied', detail: 'Copied. Paste it where you need it.' };
    },

    async insert(text, contentId) {
      const outcome = await host.insert(text).catch((): InsertOutcome => ({ ok: false, reason: 'page-gone' }));
      if (!outcome.ok && outcome.reason === 'panel-obscured') {
        return { tone: 'warn', short: 'Not inserted', detail: 'Nothing was inserted: the page had moved or restyled this panel.' };
      }
      if (!outcome.ok) {
        return { tone: 'warn', short: 'Not inserted', detail: 'Click in your message to this person on LinkedIn first, then press Insert again.' };
      }
      await record('insert', { contentId });
      return { tone: 'ok', short: 'Inserted', detail: 'Inserted into the message box. Review it, then press Send on LinkedIn.' };
    },

    async share(item, commentary) {
      // One click: LinkedIn's composer opens with the commentary and the tracked link; the rep presses Post.
      window.open(shareUrlFor(item, commentary, settings), '_blank', 'noopener');
      await record('share', { contentId: item.id });
      return { tone: 'ok', short: 'Opened', detail: "LinkedIn's post box opened in a new tab. Press Post there when you are happy with it." };
    },

    async copyIntroNote(note, relationshipId, colleague) {
      if (!(await copyText(note))) return COPY_BLOCKED;
      await record('intro-request', { relationshipId });
      return { tone: 'ok', short: 'Copied', detail: `Note copied: send it to ${colleague}.` };
    },

    async emailIntroNote(relationshipId, colleague) {
      await record('intro-request', { relationshipId });
      return { tone: 'ok', short: 'Email opened', detail: `Your email app opened a note to ${colleague}.` };
    },
  };
}
