import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Newslens',
    description: 'Summary, people and companies, bylines and a partnership timeline for news articles, made on your own machine.',
    // Least privilege: the page is read only when the reader asks (popup, menu, shortcut), which grants activeTab.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    action: { default_title: 'Newslens: analyse this article' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Show or hide the Newslens sidebar',
      },
    },
  },
});
