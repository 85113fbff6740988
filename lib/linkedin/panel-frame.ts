/**
 * The one panel frame beside a profile. The iframe (an extension page) sits inside a closed
 * shadow root, so the page sees a bare host element and never the extension URL.
 */
import { dockedBarsTop } from './page-layout';

const HOST_TAG = 'warmline-panel';
/** Until the panel says how tall its content is: a loading line, or the collapsed header. */
const FRAME_HEIGHT_OPEN = 120;
const FRAME_HEIGHT_COLLAPSED = 64;
/** Room left below the frame, and for LinkedIn's top bar above it, when the content is taller than the window. */
const WINDOW_MARGIN = 88;
const MIN_HEIGHT = 48;
/** Room kept between the frame's foot and a bar docked at the window's bottom: its shadow counts as drawn over what it touches. */
const BAR_GAP = 16;
/** The page's changes (a messaging bar docking, a re-render) are looked at this often, at most. */
const REFIT_EVERY_MS = 250;

/** The tallest the frame is made in this window (lib/linkedin/host-guard.ts holds the host to it). */
export function frameHeightCap(view: Window | null): number {
  return Math.max(MIN_HEIGHT * 4, (view?.innerHeight ?? 800) - WINDOW_MARGIN);
}

export type PanelFrame = {
  /** The element the page sees (and could restyle): lib/linkedin/host-guard.ts watches it. */
  host: HTMLElement;
  /** Where it was put, and how it is positioned there. */
  placement: { parent: Element; position: 'static' | 'fixed' };
  setCollapsed(collapsed: boolean): void;
  /** The height the panel's content needs (a number, never the content): the frame follows it up to the window's height. */
  setHeight(height: number): void;
  showReloadNotice(): void;
  remove(): void;
};

type FrameOptions = {
  /** Where the frame goes: in-flow at the top of LinkedIn's right rail, or fixed at the right edge. */
  rail: Element | null;
  panelUrl: string;
  /** The frame loaded a second time: its extension page went away (a reload or an update). */
  onFrameLost?: () => void;
  collapsed: boolean;
};

const BASE_STYLE = `
:host { all: initial; display: block; }
.frame { display: block; width: 100%; border: 0; border-radius: 8px; color-scheme: normal;
  box-shadow: 0 0 0 1px rgb(0 0 0 / 8%), 0 2px 3px rgb(0 0 0 / 20%); background: transparent; }
.notice { font: 14px/1.4 system-ui, sans-serif; padding: 12px; border-radius: 8px;
  background: #fff; color: #1d2226; box-shadow: 0 0 0 1px rgb(0 0 0 / 15%); }
`;
const FIXED_STYLE = `:host { position: fixed; top: 64px; right: 16px; width: 320px; z-index: 1000; }`;
const RAIL_STYLE = `:host { margin-bottom: 8px; width: 100%; }`;

/** Mount the frame; the iframe itself is added once the page's own load has finished. */
export function mountPanelFrame(doc: Document, options: FrameOptions): PanelFrame {
  for (const stale of doc.querySelectorAll(HOST_TAG)) stale.remove();
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BASE_STYLE + (options.rail ? RAIL_STYLE : FIXED_STYLE);
  shadow.append(style);

  const frame = doc.createElement('iframe');
  frame.className = 'frame';
  frame.title = 'Warmline';
  frame.setAttribute('allow', 'clipboard-write');
  const view = doc.defaultView;
  // Once the panel has said how tall it is, it decides (collapsed included); until then, the stored state.
  let wanted: number | undefined;
  const fit = () => {
    if (wanted === undefined) return;
    frame.style.height = `${Math.max(MIN_HEIGHT, Math.min(wanted, frameHeightCap(view), clearOfDockedBars()))}px`;
  };
  /**
   * The tallest the frame may be with its foot above LinkedIn's docked messaging bar, with the page
   * scrolled to its top (the frame in the rail moves up with the page, never down): else Chromium
   * sees the frame as covered, and the guard asks the rep before their first click.
   */
  const clearOfDockedBars = () => {
    if (!view || !host.isConnected) return Infinity;
    const box = host.getBoundingClientRect();
    const top = options.rail ? box.top + view.scrollY : box.top;
    const barsTop = dockedBarsTop(doc, [box.left + 8, (box.left + box.right) / 2, box.right - 8]);
    return Math.max(MIN_HEIGHT * 4, barsTop - BAR_GAP - top);
  };
  let refit: number | undefined;
  const pageChanged = new MutationObserver(() => {
    refit ??= view?.setTimeout(() => {
      refit = undefined;
      fit();
    }, REFIT_EVERY_MS);
  });
  const size = (collapsed: boolean) => {
    if (wanted === undefined) frame.style.height = `${collapsed ? FRAME_HEIGHT_COLLAPSED : FRAME_HEIGHT_OPEN}px`;
  };
  size(options.collapsed);
  view?.addEventListener('resize', fit);
  pageChanged.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });

  if (options.rail) options.rail.prepend(host);
  else doc.body.append(host);

  // An iframe added before `load` would hold the page's load event until the frame loads.
  let attached = false;
  const attach = () => {
    if (attached || !host.isConnected) return;
    attached = true;
    frame.src = options.panelUrl;
    let loads = 0;
    frame.addEventListener('load', () => {
      loads += 1;
      if (loads > 1) options.onFrameLost?.();
    });
    shadow.append(frame);
  };
  // After the load event's own dispatch, not inside it: loadEventEnd stays LinkedIn's alone.
  const attachAfterLoad = () => view?.setTimeout(attach, 0);
  if (doc.readyState === 'complete' || !view) attach();
  else view.addEventListener('load', attachAfterLoad, { once: true });

  return {
    host,
    placement: { parent: options.rail ?? doc.body, position: options.rail ? 'static' : 'fixed' },
    setCollapsed: size,
    setHeight(height) {
      wanted = height;
      fit();
    },
    showReloadNotice() {
      if (shadow.querySelector('.notice')) return; // the port and the context may both report it
      frame.remove();
      const notice = doc.createElement('div');
      notice.className = 'notice';
      notice.setAttribute('role', 'status');
      notice.textContent = 'Warmline was updated. Reload this page to see it again.';
      shadow.append(notice);
    },
    remove() {
      view?.removeEventListener('load', attachAfterLoad);
      view?.removeEventListener('resize', fit);
      pageChanged.disconnect();
      view?.clearTimeout(refit);
      host.remove();
    },
  };
}
