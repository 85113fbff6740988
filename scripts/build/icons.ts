/**
 * The icon sizes the browsers and the stores use: 16 and 32 (toolbar), 48 (extensions page),
 * 96 (Firefox's add-ons manager on high-density screens), 128 (install dialog, Chrome Web Store).
 * Drawn from assets/icon.svg into public/icon/<size>.png by `npm run icons`.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The manifest's icon map for these sizes: { "16": "icon/16.png", … }. */
export function iconMap(sizes: readonly number[] = ICON_SIZES): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), `icon/${size}.png`]));
}
