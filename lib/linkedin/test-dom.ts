/** Test helpers: LinkedIn fixtures and inline HTML parsed into a DOM in Node (linkedom). */

import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url);

export function domOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

export function fixtureHtml(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** A fixture's DOM and the URL its first comment says it was served as. */
export function loadFixture(name: string): { doc: Document; url: string } {
  const html = fixtureHtml(name);
  const url = /Served as (https:\/\/\S+?)(?:\s|-->)/.exec(html)?.[1];
  if (!url) throw new Error(`${name}: no "Served as <url>" comment`);
  return { doc: domOf(html), url };
}
