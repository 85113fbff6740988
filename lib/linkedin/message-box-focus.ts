/**
 * Which message box the person was just using (issue 15, finding 3): text goes only into the box
 * that had focus until the person moved into the panel (or has it still), and only while that
 * box can be seen. A page that hides LinkedIn's box and offers one of its own, off screen or
 * transparent, gets nothing; nor does a box the person never went to.
 */
import { SELECTORS } from './selectors';

type Checkable = Element & { checkVisibility?: (options?: { opacityProperty?: boolean; visibilityProperty?: boolean }) => boolean };

/** The smallest box a person could be typing into. */
const MIN_SIZE = 8;

const BOX_SELECTOR = SELECTORS.messageBox.map((selector) => selector.css).join(', ');

function messageBoxOf(element: Element | null): HTMLElement | null {
  // Focus can land on the document itself, which has no closest().
  return typeof element?.closest === 'function' ? (element.closest(BOX_SELECTOR) as HTMLElement | null) : null;
}

/** Shown on screen, opaque, not hidden, big enough, and on top at its middle. */
export function isPlainlyVisible(box: HTMLElement): boolean {
  const doc = box.ownerDocument;
  const view = doc.defaultView;
  if (!box.isConnected || !view) return false;
  const check = (box as Checkable).checkVisibility;
  if (typeof check === 'function' && !check.call(box, { opacityProperty: true, visibilityProperty: true })) return false;
  let opacity = 1;
  for (let node: Element | null = box; node; node = node.parentElement) opacity *= Number(view.getComputedStyle(node).opacity || '1');
  if (opacity < 0.99) return false;
  const rect = box.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= view.innerWidth || rect.top >= view.innerHeight) return false;
  const x = Math.min(Math.max((rect.left + rect.right) / 2, 0), view.innerWidth - 1);
  const y = Math.min(Math.max((rect.top + rect.bottom) / 2, 0), view.innerHeight - 1);
  const hit = doc.elementFromPoint(x, y);
  return hit !== null && (hit === box || box.contains(hit));
}

export type MessageBoxFocus = {
  /** The box the person was just using, if it still can be seen; else null. */
  boxInUse(): HTMLElement | null;
  stop(): void;
};

/**
 * Follows focus in the page; `panelHost` is the panel's host element. Focus moving into the panel's
 * frame makes the host the page's active element without a focus event in the page, so the last
 * element focused in the page is the one the person left for the panel.
 */
export function trackMessageBoxFocus(doc: Document, panelHost: () => Element | null): MessageBoxFocus {
  let lastFocused: Element | null = null;
  const onFocusIn = (event: Event) => {
    const target = event.target as Element | null;
    if (target !== panelHost()) lastFocused = target;
  };
  doc.addEventListener('focusin', onFocusIn, true);
  return {
    boxInUse() {
      const active = doc.activeElement;
      const inPanel = active !== null && active === panelHost();
      const candidate = messageBoxOf(inPanel ? lastFocused : active);
      return candidate && isPlainlyVisible(candidate) ? candidate : null;
    },
    stop: () => doc.removeEventListener('focusin', onFocusIn, true),
  };
}
