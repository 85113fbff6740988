/**
 * The one message protocol between Warmline's contexts. Every message is checked with zod
 * where it arrives, and the background checks who sent it (ARCHITECTURE.md, isolation).
 */
import { z } from 'zod';
import { ProfileSnapshot } from './model/profile';
import type { ProspectView } from './panel-data';

export const Message = z.discriminatedUnion('type', [
  // content script → background: the page now shows this profile (null: no profile page).
  z.object({
    type: z.literal('page:snapshot'),
    snapshot: ProfileSnapshot.nullable(),
    theme: z.enum(['light', 'dark']).default('light'),
  }),
  // panel → background: which tab am I in, and what does it show?
  z.object({ type: z.literal('panel:hello') }),
  // panel → background → content script: fill LinkedIn's open message box (never send).
  z.object({ type: z.literal('panel:insert'), text: z.string().min(1).max(8000) }),
  // background → a tab's frames (the panel): that tab's page changed, ask again.
  z.object({ type: z.literal('panel:page-changed') }),
  // background or popup → content script
  z.object({ type: z.literal('content:get-snapshot') }),
  z.object({ type: z.literal('content:insert'), text: z.string().min(1).max(8000) }),
  // any extension view → background: recount a tab's badge after data changed.
  z.object({ type: z.literal('badge:refresh') }),
  // privileged: extension pages only.
  z.object({ type: z.literal('pack:import'), text: z.string().max(200_000_000), fileName: z.string().max(500) }),
  z.object({ type: z.literal('subscription:set'), url: z.string().max(2048) }),
  z.object({ type: z.literal('subscription:refresh'), url: z.string().max(2048) }),
  z.object({ type: z.literal('subscription:delete'), url: z.string().max(2048) }),
  z.object({ type: z.literal('data:delete-all') }),
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Commands only the extension's own pages may give. */
export const PRIVILEGED: ReadonlySet<MessageType> = new Set<MessageType>([
  'pack:import',
  'subscription:set',
  'subscription:refresh',
  'subscription:delete',
  'data:delete-all',
]);

/** Commands a content script may give. */
export const FROM_CONTENT_SCRIPT: ReadonlySet<MessageType> = new Set<MessageType>(['page:snapshot']);

export type InsertOutcome = { ok: true } | { ok: false; reason: 'no-message-box' | 'no-tab' | 'page-gone' };
export type PageTheme = 'light' | 'dark';
/** What the background keeps per tab (storage.session) for the panel and the popup. */
export type TabPage = { snapshot: ProfileSnapshot | null; theme: PageTheme };
/** The panel's first answer: its tab, what the tab shows, and (when ready) what to show for it. */
export type PanelHello = { tabId: number | null; view?: ProspectView } & TabPage;
export type Refusal = { refused: string };

export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

type SenderLike = { id?: string; url?: string; tab?: { id?: number }; origin?: string };

/** Who sent a message: an extension page (popup, options, panel), our content script, or anyone else. */
export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  const from = sender.url ?? sender.origin ?? '';
  // The origin itself or a path under it: "chrome-extension://<id>evil/" is not ours.
  if (from === extensionOrigin || from.startsWith(`${extensionOrigin}/`)) return 'extension-page';
  if (sender.tab && /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(from)) return 'content-script';
  return 'foreign';
}

/** Parse an incoming message; undefined when it is not one of ours. */
export function parseMessage(raw: unknown): Message | undefined {
  const parsed = Message.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Whether a sender of this kind may give this command. */
export function mayHandle(kind: SenderKind, type: MessageType): boolean {
  if (kind === 'foreign') return false;
  if (kind === 'content-script') return FROM_CONTENT_SCRIPT.has(type);
  return true;
}
