import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // NEWSLENS_SOURCEMAPS=1 (the Firefox test setup only): maps tell which package a web-ext lint warning comes from
  vite: () => ({
    plugins: [preact()],
    build: {
      sourcemap: process.env.NEWSLENS_SOURCEMAPS === '1',
      // Readability is CommonJS, so the bundler must be told that importing it does nothing by itself:
      // Chrome's service worker never reads a DOM and must not carry it (Firefox's background page does)
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => !id.includes('/node_modules/@mozilla/readability/') } },
    },
  }),
  manifest: ({ browser }) => ({
    // every word in the manifest comes from public/_locales too
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Least privilege: the page is read only when the reader asks (popup, menu, shortcut), which grants activeTab.
    // Chrome's service worker has no DOM: a page too large to read in its tab is parsed in an offscreen
    // document (Firefox's background page parses it itself).
    // unlimitedStorage: the partnership memory (IndexedDB) must not be evicted or capped as the years of articles grow.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    action: { default_title: '__MSG_action_title__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_command_toggle_sidebar__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'newslens@newslens.invalid',
          // 140: the first release that reads data_collection_permissions (and has commands.openShortcutSettings)
          strict_min_version: '140.0',
          // Newslens collects and transmits nothing: this is the consent Firefox shows at install
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // what a store reviewer needs to rebuild the same files with `npm ci && npm run build:firefox`
    includeSources: ['entrypoints/**', 'components/**', 'extension/**', 'utils/**', 'public/**', 'scripts/make-icons.ts'].concat(
      ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md'],
    ),
  },
});
