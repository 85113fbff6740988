import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'components/**/*.test.ts?(x)', 'views/**/*.test.ts?(x)'],
    setupFiles: ['tests/support/unit-setup.ts'],
    environment: 'node',
  },
});
