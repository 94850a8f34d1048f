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

/** Opens the sidebar on the tab with what `make` produces; false when the page cannot host it. */
export async function openSidebar(tabId: number, make: () => Promise<TabView>): Promise<boolean> {
  try {
    await ensureContentScript(tabId);
    await ensureSidebarScript(tabId);
  } catch {
    return false;
  }
  const job = make();
  // a cached result arrives in a few milliseconds: show "analysing" only when the reader would wait
  if ((await Promise.race([job, delay(120)])) === null) await sendToTab(tabId, 'show-sidebar', { view: null });
  await sendToTab(tabId, 'show-sidebar', { view: await job });
  return true;
}

export async function toggleSidebar(tabId: number): Promise<void> {
  const open = (await sidebarScriptRuns(tabId)) && (await sendToTab(tabId, 'close-sidebar', {})).wasOpen;
  // openSidebar stays silent on a page the browser keeps extensions out of: there is nowhere to show it
  if (!open) await openSidebar(tabId, () => viewForTab(tabId));
}
