/** What the reader's layers share: the fields they read, what one layer gives back, and DOM helpers. */

import type { ProfilePage } from '../identity/urls';
import { companySlugOf } from '../identity/urls';
import { cleanText } from './clean';
import { closestOf } from './selectors';

export type Field = 'fullName' | 'headline' | 'title' | 'company' | 'companySlug' | 'industry' | 'location';
/** What one layer read: per field, the raw value and the cue naming where it came from. */
export type Reading = Partial<Record<Field, [value: string | null | undefined, cue: string]>>;
export type Found = Partial<Record<Field, string>>;

export interface Context {
  doc: Document;
  page: ProfilePage;
  language: string;
  /** The heading with the name in it, and the top card around it (null when not rendered). */
  heading: Element | null;
  card: Element | null;
}

export type Layer = (context: Context, found: Found) => Reading;

export function attribute(element: Element | null, name: string): string | undefined {
  return element?.getAttribute(name) ?? undefined;
}

/** The company slug of the link enclosing an element (or the element itself, if a link), if any. */
export function slugOfEnclosingLink(element: Element): string | undefined {
  const href = attribute(closestOf(element, 'companyLink'), 'href');
  if (!href) return undefined;
  try {
    return companySlugOf(new URL(href, 'https://www.linkedin.com').href);
  } catch {
    return undefined;
  }
}

/** Text directly inside an element, not in its children. */
export function ownText(element: Element): string {
  let text = '';
  element.childNodes.forEach((node) => {
    if (node.nodeType === 3) text += node.textContent ?? '';
  });
  return text;
}

/** The first piece of text in an element: "Leeds" of "<span>Leeds</span><span>2K followers</span>". */
export function firstText(element: Element | null | undefined): string | undefined {
  if (!element) return undefined;
  for (const node of Array.from(element.childNodes)) {
    const text = node.nodeType === 3 ? cleanText(node.textContent) : node.nodeType === 1 ? firstText(node as Element) : '';
    if (text) return text;
  }
  return undefined;
}
