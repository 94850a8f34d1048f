import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Newslens',
    description: 'Summary, people and companies, bylines and a partnership timeline for news articles, made on your own machine.',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
  },
});
