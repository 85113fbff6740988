/** Where the panel fits in LinkedIn's layout, and which theme LinkedIn shows. */
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
