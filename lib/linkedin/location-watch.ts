/**
 * LinkedIn navigates in-app (history API): this tells the content script when the address
 * changed, and tells the page nothing. WXT's content-script runtime dispatched a DOM event and
 * posted a window message named after the extension id for this (issue 15, finding 4); here the
 * Navigation API is heard where the browser has it (Chromium), else the address is looked at
 * twice a second and on back/forward (Firefox before 147). Nothing is dispatched or posted.
 */

/** How often the address is looked at where no Navigation API tells us (a string comparison). */
export const LOCATION_POLL_MS = 500;

type NavigationLike = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Calls `onChange(href)` whenever the page's address changes; returns the stop. */
export function watchLocation(view: Window, onChange: (href: string) => void): () => void {
  let last = view.location.href;
  const look = () => {
    const href = view.location.href;
    if (href === last) return;
    last = href;
    onChange(href);
  };
  const navigation = (view as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // Fires once the new entry is current (after pushState / replaceState / back), so location is the new one.
    navigation.addEventListener('currententrychange', look);
    return () => navigation.removeEventListener('currententrychange', look);
  }
  view.addEventListener('popstate', look);
  const timer = view.setInterval(look, LOCATION_POLL_MS);
  return () => {
    view.removeEventListener('popstate', look);
    view.clearInterval(timer);
  };
}
