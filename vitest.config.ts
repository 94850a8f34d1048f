import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/e2e-firefox/**', '**/node_modules/**'],
          // the UI's words come from chrome.i18n: the English messages stand in for it
          setupFiles: ['test/helpers/i18n-stub.ts'],
        },
      },
      {
        // the built extension in Debian's Chromium; global-setup builds it first
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60000,
          hookTimeout: 60000,
        },
      },
      {
        // the built Firefox extension in Debian's Firefox ESR; global-setup builds it first
        extends: true,
        test: {
          name: 'firefox',
          include: ['test/e2e-firefox/**/*.test.ts'],
          globalSetup: ['test/e2e-firefox/global-setup.ts'],
          testTimeout: 60000,
          hookTimeout: 60000,
        },
      },
    ],
  },
});
