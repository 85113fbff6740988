import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { zodWithoutEvalProbe } from './scripts/build/zod-without-eval-probe';

// LinkedIn hosts only: www and the country subdomains that serve public profiles.
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
  manifest: ({ browser }) => ({
    name: 'Warmline',
    description: 'Warm intros and approved messaging beside every LinkedIn profile.',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    host_permissions: [LINKEDIN],
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
    action: { default_title: 'Warmline: flag a relationship' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'warmline@warmline.example', strict_min_version: '128.0' },
          },
        }
      : {}),
    storage: { managed_schema: 'managed-schema.json' },
  }),
});
