import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { zodWithoutEvalProbe } from './scripts/build/zod-without-eval-probe';
import { iconMap } from './scripts/build/icons';

// LinkedIn only, over https, on every linkedin.com subdomain: www and the country subdomains
// (de., fr., …) serve profiles, and LinkedIn moves between them. The README's permission table
// says the same (tests/e2e/manifest.e2e.ts holds the two together).
const LINKEDIN = 'https://*.linkedin.com/*';

export default defineConfig({
  // Parallel builds (a second worktree, a helper's own check) can write elsewhere than .output/.
  ...(process.env.WARMLINE_OUT_DIR ? { outDir: process.env.WARMLINE_OUT_DIR } : {}),
  // Manifest V3 for Firefox too (WXT builds Firefox as MV2 unless told): MV2 would drop the
  // optional host permission packs need and open panel.html to every site.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), zodWithoutEvalProbe()],
    // The import preview runs in a Web Worker, built by its own plugin list.
    worker: { plugins: () => [zodWithoutEvalProbe()] },
    build: { sourcemap: process.env.WARMLINE_SOURCEMAP === '1' },
  }),
  zip: {
    // The sources zip addons.mozilla.org asks for: what `npm ci && npm run build:firefox` needs to
    // make the same package (README, "Build from the sources zip"), and nothing else: no tests,
    // no local data or output. An allowlist, so nothing private in a checkout slips in.
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'assets/**',
      'components/**',
      'entrypoints/**',
      'lib/**',
      'public/**',
      'scripts/build/**',
      'views/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Warmline',
    description: 'Warm intros and approved messaging beside every LinkedIn profile.',
    // sidePanel: zero-footprint mode, Chrome 114+ (entrypoints/sidepanel/; WXT would add it too).
    // Firefox's sidebar (sidebar_action, from the same entrypoint) needs no permission.
    permissions: ['storage', 'alarms', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [LINKEDIN],
    // The content script (entrypoints/linkedin/, an unlisted script): declared here rather than by
    // WXT's content-script wrapper, whose runtime tells the page the extension id (THREAT-MODEL.md).
    content_scripts: [{ matches: [LINKEDIN], run_at: 'document_end', js: ['linkedin.js'] }],
    // A team pack's host is asked for when the user subscribes to it.
    optional_host_permissions: ['https://*/*'],
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: [LINKEDIN],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    // No other extension and no web page may message Warmline (Chrome: empty `ids`, no `matches`;
    // without the key every extension could). Firefox has no such key; its router refuses them.
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [] } }),
    icons: iconMap(),
    action: { default_title: 'Warmline: flag a relationship', default_icon: iconMap([16, 32]) },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'warmline@warmline.example',
              // Firefox ESR 140 on: the first to read data_collection_permissions.
              strict_min_version: '140.0',
              // addons.mozilla.org asks what leaves the browser (docs/PRIVACY.md): nothing is
              // collected by us; packs and the team server are the user's own choice of host.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    storage: { managed_schema: 'managed-schema.json' },
  }),
});
