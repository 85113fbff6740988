/**
 * The content script's whole job: follow LinkedIn's navigation, keep exactly one panel frame on
 * profile and company pages (none elsewhere), report what the top card shows, and fill the message
 * box when the rep asks. It never touches library or relationship data.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { panelCollapsed } from '../browser-storage/panel-collapsed';
import { profilePageOf, type ProfilePage } from '../identity/urls';
import type { PageTheme } from '../model/tab-page';
import type { InsertOutcome } from '../protocol/replies';
import { send } from '../protocol/send';
import type { ReplyOf } from '../protocol/types';
import { parseContentCommand } from './content-commands';
import { insertIntoMessageBox } from './message-box';
import { findRightRail, pageTheme } from './page-layout';
import { startPageSession, type PageSession } from './page-session';
import { mountPanelFrame, type PanelFrame } from './panel-frame';
import type { PageReading } from './read-profile';

const ORPHAN_CHECKS_MS = [250, 1000, 3000, 10_000];

type WatchOptions = { ctx: ContentScriptContext; panelUrl: string };

export function startLinkedInWatch({ ctx, panelUrl }: WatchOptions): void {
  let page: ProfilePage | null = null;
  let session: PageSession | null = null;
  let frame: PanelFrame | null = null;
  let collapsed = false;
  let lastName: string | undefined;

  const report = (reading: PageReading | { snapshot: null }, theme: PageTheme = 'light') =>
    send('page:snapshot', { ...reading, theme }).catch((error: unknown) => {
      // Chrome: "Extension context invalidated."; elsewhere runtime.id is gone.
      if (!browser.runtime?.id || /invalidated/i.test(String(error))) frame?.showReloadNotice();
    });

  const leave = () => {
    session?.stop();
    session = null;
    frame?.remove();
    frame = null;
    if (page) void report({ snapshot: null });
    page = null;
  };

  const visit = (href: string) => {
    const next = profilePageOf(href);
    if (!next) return leave();
    if (page && next.kind === page.kind && next.slug === page.slug) return;
    const previousName = session?.latest()?.fullName ?? lastName;
    session?.stop();
    page = next;
    frame ??= mountPanelFrame(document, { rail: findRightRail(document), panelUrl, collapsed, onFrameLost: checkOrphaned });
    session = startPageSession({
      doc: document,
      page: next,
      href,
      previousName,
      onReading(reading) {
        lastName = reading.snapshot?.fullName;
        void report(reading, pageTheme(document));
      },
    });
  };

  const setCollapsed = (value: boolean) => {
    collapsed = value;
    frame?.setCollapsed(value);
  };
  panelCollapsed.get().then(setCollapsed, () => undefined);
  const stopWatchingCollapsed = panelCollapsed.watch(setCollapsed);

  const answer = (raw: unknown): ReplyOf<'content:get-snapshot'> | ReplyOf<'content:insert'> | ReplyOf<'content:frame-height'> | undefined => {
    const message = parseContentCommand(raw);
    if (message?.type === 'content:get-snapshot') return session?.latest() ?? null;
    if (message?.type === 'content:frame-height') {
      frame?.setHeight(message.height);
      return { ok: true };
    }
    if (message?.type !== 'content:insert') return undefined;
    const inserted = insertIntoMessageBox(document, message.text) === 'inserted';
    const outcome: InsertOutcome = inserted ? { ok: true } : { ok: false, reason: 'no-message-box' };
    return outcome;
  };
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const reply = answer(raw);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(onMessage);

  // A reloaded or updated extension orphans this script: say so quietly and stop all work.
  // Its signs (a dropped port, a frame that reloaded) also come when the background merely
  // stopped, and runtime.id outlives the extension for a moment; so look again a few times
  // (ctx.setTimeout invalidates the context, showing the notice, once runtime.id is gone).
  // Nothing wakes the background and no timer stands; on pages without a panel, the next
  // profile's report finds out.
  const checkOrphaned = () => {
    if (!frame) return;
    if (!browser.runtime?.id) return frame.showReloadNotice();
    for (const delay of ORPHAN_CHECKS_MS) ctx.setTimeout(() => undefined, delay);
  };
  const port = browser.runtime.connect({ name: 'content' });
  port.onDisconnect.addListener(checkOrphaned);
  ctx.onInvalidated(() => {
    session?.stop();
    frame?.showReloadNotice();
    stopWatchingCollapsed();
  });

  ctx.addEventListener(window, 'wxt:locationchange', (event) => visit(event.newUrl.href));
  visit(location.href);
}
