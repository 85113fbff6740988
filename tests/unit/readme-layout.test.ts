/** The README's layout names every folder under lib/ and views/ (and none that is gone). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/import-graph';

/** The code block under "## How it is built": one line per folder. */
function layoutBlock(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('How it is built'));
  const block = section ? /```\n([\s\S]*?)```/.exec(section)?.[1] : undefined;
  if (!block) throw new Error('README.md has no layout block under "How it is built"');
  return block;
}

function foldersUnder(top: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${name}`;
      if (!statSync(join(ROOT, path)).isDirectory()) continue;
      found.push(path);
      walk(path);
    }
  };
  walk(top);
  return found;
}

/** A folder is named by its path ("lib/db/"), or, below a named folder, by "name/" on its parent's line. */
function named(block: string, folder: string): boolean {
  if (block.includes(`${folder}/`)) return true;
  const parent = folder.slice(0, folder.lastIndexOf('/'));
  const name = folder.slice(folder.lastIndexOf('/') + 1);
  return block.split('\n').some((line) => line.includes(`${parent}/`) && line.includes(`${name}/`));
}

describe('the README’s layout', () => {
  const block = layoutBlock();

  it('names every folder under lib/ and views/', () => {
    const folders = [...foldersUnder('lib'), ...foldersUnder('views')];
    expect(folders.length).toBeGreaterThan(10);
    expect(folders.filter((folder) => !named(block, folder))).toEqual([]);
  });

  it('names no folder under lib/ or views/ that does not exist', () => {
    const existing = new Set([...foldersUnder('lib'), ...foldersUnder('views')]);
    const mentioned = [...block.matchAll(/^((?:lib|views)\/[\w.-]+)\//gm)].map((match) => match[1]!);
    expect(mentioned.filter((folder) => !existing.has(folder))).toEqual([]);
  });
});
