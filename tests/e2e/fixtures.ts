/** LinkedIn-like fixture pages, each served at the URL its first comment names. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures');

export type Fixture = { file: string; url: string; html: string };

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      const url = /Served as (https:\/\/\S+)/.exec(html)?.[1];
      if (!url) throw new Error(`${file}: no "Served as <url>" comment`);
      return { file, url, html };
    });
}

export function fixture(file: string): Fixture {
  const found = loadFixtures().find((candidate) => candidate.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
}

/** The demo pack the extension ships: the tests' standard library and relationships. */
export const DEMO_PACK = readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'demo', 'demo-pack.json'), 'utf8');
