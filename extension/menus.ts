// The two context-menu entries and what each does.

import { browser, type Browser } from 'wxt/browser';
import { t } from './i18n';
import { openSidebar } from './sidebar-control';
import { selectionView, viewForTab } from './tab-analysis';

export const MENU_PAGE = 'newslens-analyze-page';
export const MENU_SELECTION = 'newslens-analyze-selection';

export function createMenus(): void {
  // removeAll first: Firefox calls this on every start, and a duplicate id is an error
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_PAGE, title: t('menu_analyze_page'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_SELECTION, title: t('menu_analyze_selection'), contexts: ['selection'] });
  });
}

export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  if (info.menuItemId === MENU_PAGE) await openSidebar(tabId, () => viewForTab(tabId));
  else if (info.menuItemId === MENU_SELECTION && info.selectionText) {
    const text = info.selectionText;
    await openSidebar(tabId, () => selectionView(tabId, text));
  }
}
