import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { fromExtension, fromExtensionPage, listen, sendToTab, type BackgroundApi, type MemoryLineApi, type MemoryPageApi } from '../extension/messages';
import { openMemory } from '../extension/memory';
import { memoryLineHandlers, memoryPageHandlers } from '../extension/memory-handlers';
import { createMemoryService } from '../extension/memory-service';
import { readSettings } from '../extension/settings';
import { createMenus, onMenuClicked } from '../extension/menus';
import { openSidebar, toggleSidebar } from '../extension/sidebar-control';
import { tabCache } from '../extension/storage';
import { ensureContentScript, noteNavigation, observePageViews, viewForTab } from '../extension/tab-analysis';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenus);
  // Firefox (MV2) forgets menus between starts
  if (import.meta.env.FIREFOX) createMenus();
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar' && tab?.id !== undefined) void toggleSidebar(tab.id);
  });

  // A result belongs to the page it was made from: forget it as soon as the tab moves on.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // the URL is reported only while the extension may see it; a result in flight is checked again on arrival
    if (change.url !== undefined) noteNavigation(tabId);
    if (change.url !== undefined || change.status === 'loading') void tabCache.remove(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    noteNavigation(tabId, true);
    void tabCache.remove(tabId);
  });

  listen<BackgroundApi>(
    {
      'get-analysis': ({ tabId, refresh, viaToolbar }) => viewForTab(tabId, { refresh, viaToolbar }),
      'open-sidebar': async ({ tabId }) => ({ opened: await openSidebar(tabId, () => viewForTab(tabId)) }),
      highlight: async ({ tabId, target }) => {
        await ensureContentScript(tabId);
        return sendToTab(tabId, 'highlight', { target });
      },
    },
    fromExtensionPage,
  );

  // The memory lives in the extension's own origin (this background), never in a page's.
  const memory = createMemoryService({
    open: () => openMemory(),
    enabled: async () => (await readSettings()).rememberArticles,
    isPrivate: async (tabId) => (await browser.tabs.get(tabId).catch(() => null))?.incognito ?? true, // a tab we cannot see is not remembered
  });
  observePageViews(memory.afterView);
  listen<MemoryLineApi>(memoryLineHandlers(memory), fromExtension);
  listen<MemoryPageApi>(memoryPageHandlers(memory), fromExtensionPage);
});
