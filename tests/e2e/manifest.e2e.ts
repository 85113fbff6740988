/**
 * Pins what the built extension may do (docs/ARCHITECTURE.md, isolation and security): its permissions,
 * hosts, CSP and web-accessible resources, and that the shipped code holds no eval, no remote code
 * and no main-world script. Runs on the build, so it sits with the e2e tests (after `wxt build`).
 * A change here is a change to the threat model (docs/THREAT-MODEL.md): update both together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/harness';

const FIREFOX_DIR = resolve(EXTENSION_DIR, '..', 'firefox-mv3');
const LINKEDIN = 'https://*.linkedin.com/*';

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Code that runs strings as code, loads code from elsewhere, or runs in the page's own world. */
const FORBIDDEN_CODE: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function(', /new\s+Function\s*\(/],
  ['Function("...")', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['string timer', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['remote import()', /import\s*\(\s*["'`]https?:/],
  ['importScripts', /importScripts\s*\(/],
  ['remote script src', /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//i],
  ['main-world script', /world["']?\s*:\s*["']MAIN["']/],
  ['scripting API', /chrome\.scripting|browser\.scripting/],
];

function scanBuild(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir).filter((f) => /\.(m?js|html|json)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const [name, pattern] of FORBIDDEN_CODE) {
      const match = pattern.exec(text);
      if (match) found.push(`${relative(dir, file)}: ${name} at …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
    }
  }
  return found;
}

/**
 * What in the content script could speak to the page (issue 15, finding 4): WXT's content-script
 * runtime dispatched `<extension id>:linkedin:wxt:content-script-started` on the document and
 * posted it to the window, and listened for it to tear itself down.
 */
function pageSignals(dir: string): string[] {
  const script = readFileSync(join(dir, 'linkedin.js'), 'utf8');
  return ['wxt:', 'postMessage', 'CustomEvent', 'content-script-started'].filter((signal) => script.includes(signal));
}

describe('the Chrome build', () => {
  const manifest = manifestOf(EXTENSION_DIR);

  it('asks for the least it needs', () => {
    expect(manifest.manifest_version).toBe(3);
    // sidePanel: the zero-footprint mode's side panel (issue 18), one page, disabled in page mode.
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'unlimitedStorage', 'sidePanel']);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.host_permissions).toEqual([LINKEDIN]);
    // A team pack's host is asked for when the user subscribes, HTTPS only.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest).not.toHaveProperty('optional_permissions');
    // Explicitly nobody: without the key, every other extension could message Warmline.
    expect(manifest.externally_connectable).toEqual({ ids: [] });
  });

  it('asks for exactly what the README\'s permission table explains', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Permissions, and why each is needed'), readme.indexOf('## Firefox: what differs'));
    const rows = [...table.matchAll(/^\| (optional )?`([^`]+)`( \(host\))? \|/gm)].map(([, optional, name, host]) => ({ name, kind: optional ? 'optional' : host ? 'host' : 'api' }));
    const named = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.name).sort();
    expect(named('api')).toEqual([...(manifest.permissions as string[])].sort());
    expect(named('host')).toEqual(manifest.host_permissions);
    expect(named('optional')).toEqual(manifest.optional_host_permissions);
    expect(table).toContain('`"externally_connectable": { "ids": [] }`');
    // The host row and wxt.config.ts's comment say the same about subdomains.
    expect(table).toContain('every linkedin.com subdomain');
    expect(readFileSync(resolve(import.meta.dirname, '..', '..', 'wxt.config.ts'), 'utf8')).toContain('on every linkedin.com subdomain');
  });

  it('pins the content security policy and the one web-accessible resource', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['panel.html'], matches: [LINKEDIN], use_dynamic_url: true }]);
  });

  it('runs its one content script on LinkedIn only, in its own world', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: [LINKEDIN], run_at: 'document_end', js: ['linkedin.js'] },
    ]);
  });

  it('ships a content script that tells the page nothing: no WXT runtime events, no window messages, no custom events', () => {
    expect(pageSignals(EXTENSION_DIR)).toEqual([]);
  });

  it('ships no eval, no remote code and no main-world script', () => {
    expect(scanBuild(EXTENSION_DIR)).toEqual([]);
    // Every page loads its scripts from the package itself, and none inline.
    for (const page of ['panel.html', 'popup.html', 'options.html', 'sidepanel.html']) {
      const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs, page).toMatch(/\ssrc="\/[^/]/);
        expect(body!.trim(), page).toBe('');
      }
    }
  });

  it('the scan finds what it looks for', () => {
    const samples = ['x = eval("1")', 'new Function("a", "b")', 'import("https://cdn.example/x.js")', '{"world":"MAIN"}', "world: 'MAIN'", '<script src="https://cdn.example/a.js">'];
    for (const sample of samples) expect(FORBIDDEN_CODE.some(([, pattern]) => pattern.test(sample)), sample).toBe(true);
    for (const sample of ['retrieval(x)', 'medieval (', 'Function.prototype.call', 'import("./chunk.js")']) {
      expect(FORBIDDEN_CODE.some(([, pattern]) => pattern.test(sample)), sample).toBe(false);
    }
  });
});

describe.runIf(existsSync(join(FIREFOX_DIR, 'manifest.json')))('the Firefox build', () => {
  it('asks for the same, and ships no eval, remote code or main-world script', () => {
    const manifest = manifestOf(FIREFOX_DIR);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'unlimitedStorage']);
    // The side panel is Firefox's sidebar there: a manifest key, no permission, not opened at install.
    expect(manifest).not.toHaveProperty('side_panel');
    expect(manifest.sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: 'Warmline', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' }, open_at_install: false });
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest.host_permissions).toEqual([LINKEDIN]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    // Firefox has no use_dynamic_url; its extension URLs carry a per-install random UUID instead.
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['panel.html'], matches: [LINKEDIN] }]);
    expect(manifest.content_scripts).toEqual([{ matches: [LINKEDIN], run_at: 'document_end', js: ['linkedin.js'] }]);
    expect(scanBuild(FIREFOX_DIR)).toEqual([]);
    expect(pageSignals(FIREFOX_DIR)).toEqual([]);
  });
});
