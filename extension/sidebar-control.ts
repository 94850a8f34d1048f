// Background side of the in-page sidebar: open it with a result, or toggle it from the shortcut.

import { browser } from 'wxt/browser';
import { sendToTab, type TabView } from './messages';
import { ensureContentScript, viewForTab } from './tab-analysis';

/** Whether sidebar.js already runs in the tab (undefined: only content.js answered, or nothing did). */
const sidebarScriptRuns = (tabId: number): Promise<boolean> =>
  sendToTab(tabId, 'sidebar-ping', {}).then((r) => r !== undefined, () => false);

async function ensureSidebarScript(tabId: number): Promise<void> {
  if (await sidebarScriptRuns(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/sidebar.js'] });
}

const delay = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

/**
 * A page that cannot host the sidebar (the browser's own pages, the store, a PDF…) still gets its
 * message: in the toolbar popup, which shows why that tab cannot be read.
 */
async function explainInPopup(): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.openPopup();
  } catch {
    // no window to open it in, or a browser that allows it only from the toolbar
  }
}

/** Opens the sidebar on the tab with what `make` produces; false when the page cannot host it. */
export async function openSidebar(tabId: number, make: () => Promise<TabView>): Promise<boolean> {
  try {
    await ensureContentScript(tabId);
    await ensureSidebarScript(tabId);
  } catch {
    await explainInPopup();
    return false;
  }
  const job = make();
  try {
    // a cached result arrives in a few milliseconds: show "analysing" only when the reader would wait
    if ((await Promise.race([job, delay(120)])) === null && !(await sendToTab(tabId, 'show-sidebar', { view: null })).open) {
      await explainInPopup();
      return false;
    }
    const { open } = await sendToTab(tabId, 'show-sidebar', { view: await job });
    // a document the sidebar cannot render in (an SVG or XML file)
    if (!open) await explainInPopup();
    return open;
  } catch {
    // the tab navigated or closed meanwhile: the sidebar went with its page
    return false;
  }
}

export async function toggleSidebar(tabId: number): Promise<void> {
  const open = (await sidebarScriptRuns(tabId)) && (await sendToTab(tabId, 'close-sidebar', {}).then((r) => r.wasOpen, () => false));
  if (!open) await openSidebar(tabId, () => viewForTab(tabId));
}
