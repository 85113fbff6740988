/**
 * The panel's host element, watched for clickjacking (issue 15, finding 3). The page cannot see
 * into the panel, but it can restyle the element that holds it (make it huge and nearly
 * transparent, fix it over its own button), move it, or draw over it, so that a click meant for
 * the page lands on "Insert". The content script owns the host and knows how it should look: it
 * tells the panel when it does not (the panel then holds its actions until the person confirms),
 * and refuses to insert while it does not.
 */
import type { HostProblem } from '../model/vocabulary';
import { frameHeightCap } from './panel-frame';

export type { HostProblem } from '../model/vocabulary';

export type HostExpectation = {
  /** Where the host was put: the right rail, or the body (fixed at the right edge). */
  parent: Element;
  position: 'static' | 'fixed';
};

/** Wider than the rail it sits in, or than the fixed panel; taller than the frame is ever made (panel-frame.ts). */
const FIXED_WIDTH = 320;
const SLACK_PX = 2;
/** A problem must last this long to count: a page's own transitions pass, a clickjacker's restyle stays. */
export const SETTLE_MS = 200;
/** Checks after page changes come at most this often. */
export const CHECK_EVERY_MS = 100;

/** A transform that only moves (no scale, rotation or skew): what a page's layout legitimately applies. */
function onlyTranslates(transform: string): boolean {
  if (transform === 'none') return true;
  const matrix = /^matrix\(([^)]+)\)$/.exec(transform);
  if (!matrix) return false;
  const [a, b, c, d] = (matrix[1] ?? '').split(',').map(Number);
  return a === 1 && b === 0 && c === 0 && d === 1;
}

function styleProblem(view: Window, host: HTMLElement, expected: HostExpectation): boolean {
  if (view.getComputedStyle(host).position !== expected.position) return true;
  let opacity = 1;
  for (let node: Element | null = host; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    opacity *= Number(style.opacity || '1');
    if (style.visibility !== 'visible' && style.visibility !== '') return true;
    if ((style.filter && style.filter !== 'none') || (style.clipPath && style.clipPath !== 'none')) return true;
    if (style.mixBlendMode && style.mixBlendMode !== 'normal') return true;
    if (!onlyTranslates(style.transform || 'none')) return true;
  }
  return opacity < 0.99;
}

/**
 * The page's own chrome: a bar across the whole window, fixed or sticky at its top or bottom
 * (LinkedIn's navigation bar, which the rail scrolls under). Not a cover aimed at the panel.
 */
function isPageChrome(view: Window, element: Element): boolean {
  const position = view.getComputedStyle(element).position;
  if (position !== 'fixed' && position !== 'sticky') return false;
  const rect = element.getBoundingClientRect();
  return rect.width >= view.innerWidth * 0.9 && (rect.top <= 0 || rect.bottom >= view.innerHeight);
}

/** Something else is drawn on top of the host's visible part (sampled at five points). */
function covered(doc: Document, view: Window, host: HTMLElement, rect: DOMRect): boolean {
  const left = Math.max(rect.left, 0);
  const right = Math.min(rect.right, view.innerWidth);
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, view.innerHeight);
  if (right - left < 40 || bottom - top < 40) return false; // off screen: nothing to click
  const at = (fx: number, fy: number) => doc.elementFromPoint(left + (right - left) * fx, top + (bottom - top) * fy);
  const points = [at(0.5, 0.5), at(0.2, 0.2), at(0.8, 0.2), at(0.2, 0.8), at(0.8, 0.8)];
  return points.some((hit) => {
    if (hit === null || hit === host) return false;
    for (let node: Element | null = hit; node; node = node.parentElement) if (isPageChrome(view, node)) return false;
    return true;
  });
}

/** What is wrong with the host now, or null. Reads layout: call it when it matters, not in a loop. */
export function hostProblem(host: HTMLElement, expected: HostExpectation): HostProblem | null {
  if (!host.isConnected) return null; // gone with the page's re-render: nothing to click
  if (host.parentElement !== expected.parent) return 'moved';
  // Warmline sets no attribute on its host: its look is in its closed shadow root.
  if (host.attributes.length > 0) return 'restyled';
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return null;
  if (styleProblem(view, host, expected)) return 'restyled';
  const rect = host.getBoundingClientRect();
  const maxWidth = expected.position === 'fixed' ? FIXED_WIDTH : expected.parent.getBoundingClientRect().width;
  if (rect.width > maxWidth + SLACK_PX || rect.height > frameHeightCap(view) + SLACK_PX) return 'restyled';
  return covered(doc, view, host, rect) ? 'covered' : null;
}

/** Problems with the host element itself: no insert while one lasts. (A cover only holds the panel: LinkedIn's own message window may overlap it.) */
export function hostTampered(problem: HostProblem | null): boolean {
  return problem === 'restyled' || problem === 'moved';
}

export type HostGuard = {
  /** The host's problem right now (before an insert). */
  check(): HostProblem | null;
  stop(): void;
};

/**
 * Watches the host after page changes (throttled), and at once when the person moves into the
 * panel; `onProblem` hears each problem that lasted SETTLE_MS (or was there as the person came in).
 */
export function guardHost(host: HTMLElement, expected: HostExpectation, onProblem: (problem: HostProblem) => void): HostGuard {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reported: HostProblem | null = null;
  const check = () => hostProblem(host, expected);
  const report = (problem: HostProblem | null) => {
    if (problem && problem !== reported) onProblem(problem);
    reported = problem;
  };
  const confirmLater = () => {
    timer = undefined;
    const problem = check();
    if (!problem) return report(null);
    // Still wrong a moment later: a clickjacker's restyle, not a transition.
    timer = setTimeout(() => {
      timer = undefined;
      report(check());
    }, SETTLE_MS);
  };
  const schedule = () => {
    timer ??= setTimeout(confirmLater, CHECK_EVERY_MS);
  };
  const pageChanges = new MutationObserver(schedule);
  pageChanges.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'id'] });
  const hostChanges = new MutationObserver(schedule);
  hostChanges.observe(host, { attributes: true });
  view?.addEventListener('resize', schedule);
  // The person went into the panel (the page loses focus to its frame, with no focus event of its
  // own): look now, without waiting for a page change.
  const enter = () =>
    setTimeout(() => {
      if (doc.activeElement === host) report(check());
    }, 0);
  view?.addEventListener('blur', enter);
  return {
    check,
    stop() {
      pageChanges.disconnect();
      hostChanges.disconnect();
      view?.removeEventListener('resize', schedule);
      view?.removeEventListener('blur', enter);
      clearTimeout(timer);
    },
  };
}
