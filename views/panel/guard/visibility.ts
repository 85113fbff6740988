/**
 * Is this button really on the person's screen? IntersectionObserver v2 (`trackVisibility`) says
 * whether an element is drawn unobscured, at full opacity and without distortion, in the whole
 * page, which a frame cannot otherwise learn about its embedding page. Chromium has it; Firefox
 * does not (./action-guard.ts asks for a second confirmation there instead).
 *
 * Seen from inside a frame of another origin (as the panel is), Chromium judges the frame as a
 * whole: anything of the page drawn over any part of the panel (LinkedIn's own message window
 * over its lower corner, too) makes every button in it "obscured".
 */

/** A button must have been visible this long before a click on it counts (no swap under the cursor). */
export const MIN_VISIBLE_MS = 500;
/** The least delay trackVisibility allows. */
const DELAY_MS = 100;
/** The buttons watched carry this attribute. */
export const GUARDED_ATTRIBUTE = 'data-guard';
/**
 * Set on a watched button once it counts as seen (and removed when it stops): the panel's
 * document is the extension's own, out of the page's reach; tests wait for it before a click.
 */
export const SEEN_ATTRIBUTE = 'data-seen';

export function visibilityTrackingSupported(): boolean {
  return typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
}

type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };
type V2Options = IntersectionObserverInit & { trackVisibility: boolean; delay: number };

/**
 * `seen`: visible, unobscured and opaque, continuously for MIN_VISIBLE_MS up to now; `obscured`:
 * on screen but covered, see-through or distorted (a click on it was not aimed at it); `unsure`:
 * just scrolled into view, or not reported yet.
 */
export type Sighting = 'seen' | 'obscured' | 'unsure';

export type VisibilityTracker = {
  sighting(element: Element): Sighting;
  /** Called when a watched button is reported visible: the panel is not obscured (any more). */
  onSeenAgain(listener: () => void): void;
  stop(): void;
};

/** Watches every element with GUARDED_ATTRIBUTE under `root`, those added later too. */
export function trackVisibility(root: Element): VisibilityTracker {
  const visibleSince = new WeakMap<Element, number>();
  const obscured = new WeakSet<Element>();
  const marks = new WeakMap<Element, number>();
  const seenAgain = new Set<() => void>();
  const mark = (element: Element, seen: boolean) => {
    window.clearTimeout(marks.get(element));
    element.removeAttribute(SEEN_ATTRIBUTE);
    if (seen) marks.set(element, window.setTimeout(() => element.setAttribute(SEEN_ATTRIBUTE, ''), MIN_VISIBLE_MS));
  };
  const options: V2Options = { trackVisibility: true, delay: DELAY_MS, threshold: [0, 1] };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries as V2Entry[]) {
      if (entry.isIntersecting && entry.isVisible === true) {
        obscured.delete(entry.target);
        for (const listener of seenAgain) listener();
        if (!visibleSince.has(entry.target)) {
          visibleSince.set(entry.target, entry.time);
          mark(entry.target, true);
        }
      } else {
        visibleSince.delete(entry.target);
        mark(entry.target, false);
        if (entry.isIntersecting) obscured.add(entry.target);
        else obscured.delete(entry.target);
      }
    }
  }, options);
  const watch = (node: Node) => {
    if (!(node instanceof Element)) return;
    if (node.hasAttribute(GUARDED_ATTRIBUTE)) observer.observe(node);
    for (const element of node.querySelectorAll(`[${GUARDED_ATTRIBUTE}]`)) observer.observe(element);
  };
  watch(root);
  const added = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(watch);
  });
  added.observe(root, { childList: true, subtree: true });
  return {
    sighting(element) {
      if (obscured.has(element)) return 'obscured';
      const since = visibleSince.get(element);
      return since !== undefined && performance.now() - since >= MIN_VISIBLE_MS ? 'seen' : 'unsure';
    },
    onSeenAgain: (listener) => void seenAgain.add(listener),
    stop() {
      added.disconnect();
      observer.disconnect();
    },
  };
}
