/**
 * The content script's whole job: follow LinkedIn's navigation, report what the top card shows,
 * keep exactly one panel frame on profile and company pages (none elsewhere) in page mode, and
 * fill the message box when the rep asks. In side-panel mode it puts nothing at all into
 * LinkedIn's page, and follows a switch between the modes live. It never touches library or
 * relationship data. Its lifecycle is its own (no WXT content-script context): it tells the page
 * nothing, and stops only when the extension is gone (./extension-alive.ts).
 */
import { browser } from 'wxt/browser';
import { panelCollapsed } from '../browser-storage/panel-collapsed';
import { readPanelMode, watchPanelMode } from '../browser-storage/panel-mode';
import { profilePageOf, type ProfilePage } from '../identity/urls';
import type { PageTheme } from '../model/tab-page';
import type { PanelMode } from '../model/vocabulary';
import type { InsertOutcome } from '../protocol/replies';
import { send } from '../protocol/send';
import type { ReplyOf } from '../protocol/types';
import { parseContentCommand } from './content-commands';
import { extensionGone, watchExtension } from './extension-alive';
import { guardHost, hostTampered, type HostGuard, type HostProblem } from './host-guard';
import { watchLocation } from './location-watch';
import { insertIntoMessageBox } from './message-box';
import { trackMessageBoxFocus } from './message-box-focus';
import { findRightRail, pageTheme } from './page-layout';
import { startPageSession, type PageSession } from './page-session';
import { mountPanelFrame, type PanelFrame } from './panel-frame';
import type { PageReading } from './read-profile';

type WatchOptions = { panelUrl: string };

export function startLinkedInWatch({ panelUrl }: WatchOptions): void {
  let page: ProfilePage | null = null;
  let session: PageSession | null = null;
  let frame: PanelFrame | null = null;
  let hostGuard: HostGuard | null = null;
  let collapsed = false;
  /** Unknown until read: no frame goes in before the content script knows the page wants one. */
  let mode: PanelMode | undefined;
  let lastName: string | undefined;

  const report = (reading: PageReading | { snapshot: null }, theme: PageTheme = 'light') =>
    send('page:snapshot', { ...reading, theme }).catch((error: unknown) => {
      // Chrome: "Extension context invalidated."; elsewhere runtime.id is gone.
      if (extensionGone() || /invalidated/i.test(String(error))) alive.suspect();
    });

  // The panel holds its actions when the page restyles, moves or covers it (clickjacking).
  const tellPanel = (problem: HostProblem) => void send('page:host-changed', { problem }).catch(() => undefined);
  const focus = trackMessageBoxFocus(document, () => frame?.host ?? null);

  /** The panel's frame beside the profile: only in page mode, only on a profile or company page. */
  const showFrame = () => {
    if (frame || !page || mode !== 'page') return;
    frame = mountPanelFrame(document, { rail: findRightRail(document), panelUrl, collapsed, onFrameLost: () => alive.suspect() });
    hostGuard = guardHost(frame.host, frame.placement, tellPanel);
  };
  const dropFrame = () => {
    hostGuard?.stop();
    hostGuard = null;
    frame?.remove();
    frame = null;
  };

  const leave = () => {
    session?.stop();
    session = null;
    dropFrame();
    if (page) void report({ snapshot: null });
    page = null;
  };

  const visit = (href: string) => {
    if (extensionGone()) return alive.suspect();
    const next = profilePageOf(href);
    if (!next) return leave();
    if (page && next.kind === page.kind && next.slug === page.slug) return;
    const previousName = session?.latest()?.fullName ?? lastName;
    session?.stop();
    page = next;
    showFrame();
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

  // The rep (or the administrator) switches between the modes: the frame goes or comes, no reload.
  const setMode = (next: PanelMode) => {
    mode = next;
    if (next === 'page') showFrame();
    else dropFrame();
  };
  readPanelMode().then(({ mode: read }) => mode ?? setMode(read), () => mode ?? setMode('page'));
  const stopWatchingMode = watchPanelMode(({ mode: next }) => setMode(next));

  const answer = (raw: unknown): ReplyOf<'content:get-snapshot'> | ReplyOf<'content:insert'> | ReplyOf<'content:frame-height'> | undefined => {
    const message = parseContentCommand(raw);
    if (message?.type === 'content:get-snapshot') return session?.latest() ?? null;
    if (message?.type === 'content:frame-height') {
      frame?.setHeight(message.height);
      return { ok: true };
    }
    if (message?.type !== 'content:insert') return undefined;
    // Only into the box the rep was using, and never while the page has the panel restyled or moved.
    const problem = hostGuard?.check() ?? null;
    if (problem && hostTampered(problem)) {
      tellPanel(problem);
      return { ok: false, reason: 'panel-obscured' } satisfies InsertOutcome;
    }
    const inserted = insertIntoMessageBox(document, message.text, focus.boxInUse()) === 'inserted';
    const outcome: InsertOutcome = inserted ? { ok: true } : { ok: false, reason: 'no-message-box' };
    return outcome;
  };
  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const reply = answer(raw);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(onMessage);

  // A reloaded or updated extension orphans this script: say so quietly and stop all work. On
  // pages without a panel, the next profile's visit finds out.
  const stopWatchingLocation = watchLocation(window, visit);
  const alive = watchExtension(() => {
    stopWatchingLocation();
    stopWatchingCollapsed();
    stopWatchingMode();
    focus.stop();
    hostGuard?.stop();
    session?.stop();
    session = null;
    frame?.showReloadNotice();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension is gone: so is its listener.
    }
  });
  visit(location.href);
}
