/**
 * `npm run zip` makes what the stores take: the Chrome Web Store zip, the addons.mozilla.org zip
 * and the sources zip AMO's reviewers rebuild the add-on from. Runs the zip step itself into a
 * temporary folder (a few seconds), then checks each archive as a store would, rebuilds the
 * Firefox package from the sources zip alone and compares it byte for byte, and holds
 * docs/STORE-LISTING.md's permission justifications to the manifest.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES, iconMap } from '../../scripts/build/icons';
import { readZip } from '../support/zip';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

type Manifest = Record<string, unknown> & { icons?: Record<string, string>; permissions?: string[]; host_permissions?: string[] };

/** The environment of a shell, not of this test runner: NODE_ENV=test would make a development build. */
const SHELL_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST') && name !== 'WARMLINE_OUT_DIR'),
);

const manifestIn = (files: Map<string, Buffer>) => JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;

/** A PNG's width and height, from its header. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('npm run zip', () => {
  let out: string;
  let chrome: Map<string, Buffer>;
  let firefox: Map<string, Buffer>;
  let sources: Map<string, Buffer>;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'warmline-zip-'));
    await run('npm', ['run', 'zip'], { cwd: ROOT, env: { ...SHELL_ENV, WARMLINE_OUT_DIR: out }, maxBuffer: 16 * 1024 * 1024 });
    chrome = readZip(join(out, `warmline-${version}-chrome.zip`));
    firefox = readZip(join(out, `warmline-${version}-firefox.zip`));
    sources = readZip(join(out, `warmline-${version}-sources.zip`));
  }, 180_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it.each([
    ['Chrome Web Store', () => chrome],
    ['addons.mozilla.org', () => firefox],
  ])('the %s package has its manifest at the root and every icon the stores ask for', (_store, files) => {
    const manifest = manifestIn(files());
    expect(manifest).toMatchObject({ manifest_version: 3, name: 'Warmline', version });
    expect(manifest.icons).toEqual(iconMap());
    expect(manifest.action).toMatchObject({ default_icon: iconMap([16, 32]) });
    for (const size of ICON_SIZES) {
      const icon = files().get(`icon/${size}.png`);
      expect(icon, `icon/${size}.png`).toBeDefined();
      expect(pngSize(icon!)).toEqual([size, size]);
    }
    for (const page of ['panel.html', 'popup.html', 'options.html', 'content-scripts/linkedin.js']) expect(files().has(page), page).toBe(true);
    // No source maps, no sources and no path of the machine that built it in what users install.
    expect([...files().keys()].filter((name) => /\.(map|tsx?)$/.test(name))).toEqual([]);
    expect([...files()].filter(([, data]) => data.includes(ROOT)).map(([name]) => name)).toEqual([]);
  });

  it('the Chrome package has no Firefox settings; the Firefox one names the add-on and what it collects', () => {
    expect(manifestIn(chrome)).not.toHaveProperty('browser_specific_settings');
    expect(manifestIn(firefox).browser_specific_settings).toEqual({
      gecko: { id: 'warmline@warmline.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('the sources zip holds what builds the add-on, and no tests, local data, output or hidden files', () => {
    const names = [...sources.keys()];
    for (const needed of ['README.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background.ts']) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((name) => /^(node_modules|tests|demo-screenshots|warmline-data|\.)|\/\.|\.test\.tsx?$|\.zip$/.test(name))).toEqual([]);
  });

  it('has a justification in docs/STORE-LISTING.md for each permission it asks for, and no other', () => {
    const manifest = manifestIn(chrome);
    const asked = [manifest.permissions, manifest.host_permissions, manifest.optional_host_permissions as string[] | undefined].flatMap((list) => list ?? []);
    const listing = readFileSync(join(ROOT, 'docs', 'STORE-LISTING.md'), 'utf8');
    const section = listing.slice(listing.indexOf('### Permission justifications'));
    // The table's rows: | `permission` | why, in a sentence or more |
    const justified = [...section.matchAll(/^\| `([^`]+)` \| (.{40,}) \|$/gm)].map((row) => row[1]);
    expect(justified.sort()).toEqual(asked.sort());
  });

  it('rebuilds from the sources zip alone into exactly the Firefox package', { timeout: 120_000 }, async () => {
    const dir = join(out, 'from-sources');
    for (const [name, data] of sources) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    // The dependencies `npm ci` installs from the same lock file (here: this checkout's).
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    await run(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '-b', 'firefox'], { cwd: dir, env: SHELL_ENV, maxBuffer: 16 * 1024 * 1024 });
    const built = join(dir, '.output', 'firefox-mv3');
    expect(filesUnder(built).sort()).toEqual([...firefox.keys()].sort());
    for (const [name, data] of firefox) expect(readFileSync(join(built, name)).equals(data), name).toBe(true);
  });
});
