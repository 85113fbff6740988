/** LinkedIn URL rules: which pages Warmline acts on, and the slug each names. */

export type PageKind = 'person' | 'company';
export type ProfilePage = { kind: PageKind; slug: string };

const PROFILE_PATH = /^\/(in|company)\/([^/?#]+)/i;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `/in/<slug>/...` or `/company/<slug>/...` on a linkedin.com host; anything else is null. */
export function profilePageOf(href: string): ProfilePage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const match = PROFILE_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  const slug = normalizeSlug(match[2]);
  if (!slug) return null;
  return { kind: match[1].toLowerCase() === 'in' ? 'person' : 'company', slug };
}

/** Case-insensitive, percent-decoded, without trailing slash or query (docs/PACK-FORMAT.md, matching). */
export function normalizeSlug(raw: string): string {
  return decode(raw.split(/[?#]/)[0] ?? '')
    .replace(/\/+$/, '')
    .trim()
    .toLowerCase();
}

/** The slug of a `/in/<slug>` URL, or undefined. */
export function personSlugOf(href: string | undefined): string | undefined {
  const page = href ? profilePageOf(href) : null;
  return page?.kind === 'person' ? page.slug : undefined;
}

/** The slug of a `/company/<slug>` URL, or undefined. */
export function companySlugOf(href: string | undefined): string | undefined {
  const page = href ? profilePageOf(href) : null;
  return page?.kind === 'company' ? page.slug : undefined;
}

/** The canonical URL Warmline stores for a page. */
export function canonicalUrl(page: ProfilePage): string {
  return `https://www.linkedin.com/${page.kind === 'person' ? 'in' : 'company'}/${encodeURIComponent(page.slug)}/`;
}

/** A LinkedIn URL as people paste it: with or without scheme or "www.". */
export function linkedinPageOf(text: string): ProfilePage | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return profilePageOf(trimmed) ?? profilePageOf(`https://${trimmed.replace(/^\/+/, '')}`);
}
