import { defineConfig } from 'vitest/config';

// End-to-end tests of the Firefox build (.output/firefox-mv3) in Debian's Firefox ESR, over
// WebDriver BiDi (tests/support/firefox-harness.ts); beside them the store packages' checks
// (tests/packages/, no browser), which build the extension again: here rather than beside the
// Chromium suite, whose extension-reload test is sensitive to the CPU those builds take.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.e2e.ts', 'tests/packages/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A wait for what the user would see, as long as Playwright's in the Chromium suite allows.
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: true,
    maxWorkers: 2,
  },
});
