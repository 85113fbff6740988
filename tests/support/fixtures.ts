/**
 * The one loader of the LinkedIn-like fixture pages (tests/fixtures/ and its layout families in
 * tests/fixtures/layouts/, README in each): each page is served at the URL its first comment names
 * ("Served as <url>"). Unit tests parse a page into a DOM in Node (linkedom); end-to-end tests
 * serve its HTML by routing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');
/** The folders of pages, relative to FIXTURE_DIR: hand-written pages, and the layout families. */
const FOLDERS = ['', 'layouts'];

export type Fixture = { file: string; url: string; html: string };

/** The URL a fixture says it stands for: up to the next space or the end of the comment. */
const SERVED_AS = /Served as (https:\/\/\S+?)(?:\s|-->)/;

/** Every page, as a path under FIXTURE_DIR ("profile-public.html", "layouts/profile-public-2024.html"). */
export function fixtureNames(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(FIXTURE_DIR, folder))
      .filter((file) => file.endsWith('.html'))
      .map((file) => (folder ? `${folder}/${file}` : file)),
  ).sort();
}

/** A page's name without folder or `.html`, as lib/linkedin/selectors.ts names the pages an entry serves. */
export function fixtureStem(file: string): string {
  return basename(file, '.html');
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

/** Every page; two pages served at the same path would shadow each other, so that fails here. */
export function loadFixtures(): Fixture[] {
  const fixtures = fixtureNames().map(fixture);
  const byPath = new Map<string, string>();
  for (const { file, url } of fixtures) {
    const path = new URL(url).pathname.replace(/\/$/, '');
    const other = byPath.get(path);
    if (other) throw new Error(`${file} and ${other} are both served at ${path}`);
    byPath.set(path, file);
  }
  return fixtures;
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
