/** Where the panel fits in LinkedIn's layout, what of the page's own it must keep clear of, and which theme LinkedIn shows. */
import { SELECTORS } from './selectors';

/** LinkedIn's right rail, so the panel flows with the page instead of covering it. */
export function findRightRail(doc: Document): Element | null {
  for (const selector of SELECTORS.rightRail) {
    const rail = doc.querySelector(selector.css);
    if (rail) return rail;
  }
  return null;
}

/** LinkedIn marks its dark theme on the root element; fall back to the page's background. */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const root = doc.documentElement;
  if (/\btheme--dark\b/.test(root.className) || root.dataset.theme === 'dark') return 'dark';
  const background = doc.defaultView?.getComputedStyle(doc.body).backgroundColor ?? '';
  const rgb = background.match(/\d+/g)?.map(Number);
  if (rgb && rgb.length >= 3 && rgb[3] !== 0) {
    const [r = 255, g = 255, b = 255] = rgb;
    if (0.299 * r + 0.587 * g + 0.114 * b < 96) return 'dark';
  }
  return 'light';
}

/** A window over the page taller than this share of it is an open conversation, not a docked bar. */
const BAR_MAX_SHARE = 1 / 3;

/**
 * Where the page's own bars docked at the window's bottom begin (LinkedIn's messaging bar, fixed
 * at the bottom right), under the columns `x` (the panel's), or the window's bottom when there are
 * none. Looked for where they would be, at the window's foot, so it costs three hit tests.
 */
export function dockedBarsTop(doc: Document, xs: readonly number[]): number {
  const view = doc.defaultView;
  if (!view) return Infinity;
  const bottom = view.innerHeight;
  let top = bottom;
  const seen = new Set<Element>();
  for (const x of xs) {
    if (x < 0 || x >= view.innerWidth) continue;
    for (const hit of doc.elementsFromPoint(x, bottom - 2)) {
      for (let node: Element | null = hit; node && !seen.has(node); node = node.parentElement) {
        seen.add(node);
        if (view.getComputedStyle(node).position !== 'fixed') continue;
        const rect = node.getBoundingClientRect();
        if (rect.bottom >= bottom - 1 && rect.height <= bottom * BAR_MAX_SHARE) top = Math.min(top, rect.top);
      }
    }
  }
  return top;
}
