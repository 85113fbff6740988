/**
 * The one loader of the LinkedIn-like fixture pages (tests/fixtures/, README there): each page
 * is served at the URL its first comment names ("Served as <url>"). Unit tests parse a page into
 * a DOM in Node (linkedom); end-to-end tests serve its HTML by routing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

export type Fixture = { file: string; url: string; html: string };

/** The URL a fixture says it stands for: up to the next space or the end of the comment. */
const SERVED_AS = /Served as (https:\/\/\S+?)(?:\s|-->)/;

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export function fixtureHtml(file: string): string {
  return readFileSync(join(FIXTURE_DIR, file), 'utf8');
}

export function fixture(file: string): Fixture {
  const html = fixtureHtml(file);
  const url = SERVED_AS.exec(html)?.[1];
  if (!url) throw new Error(`${file}: no "Served as <url>" comment`);
  return { file, url, html };
}

export function loadFixtures(): Fixture[] {
  return fixtureNames().map(fixture);
}

export function domOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A fixture's DOM and the URL it is served as. */
export function loadFixture(file: string): { doc: Document; url: string } {
  const { html, url } = fixture(file);
  return { doc: domOf(html), url };
}

/** The demo pack the extension ships: the tests' standard library and relationships. */
export const DEMO_PACK = readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'demo', 'demo-pack.json'), 'utf8');
