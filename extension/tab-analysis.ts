// Background side: read a tab on request, through the cache, and say plainly why a page cannot be read.

import { browser } from 'wxt/browser';
import { sendToTab, type TabView } from './messages';
import { restrictionFromError, restrictionMessage, restrictionOf, type Restriction } from './restricted';
import { tabCache } from './storage';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const restricted = (r: Restriction): TabView => ({ state: 'restricted', message: restrictionMessage(r) });

/** Injects content.js unless it already listens; returns the page's URL. Throws when the page is off limits. */
export async function ensureContentScript(tabId: number): Promise<string> {
  const ping = () => sendToTab(tabId, 'ping', {}).then((r) => r?.url);
  const url = await ping().catch(() => undefined);
  if (url) return url;
  // nobody listening yet: this is the first request on this page
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  const after = await ping();
  if (!after) throw new Error('The content script did not start.');
  return after;
}

/** Like ensureContentScript, but turns a refusal into the view a reader should see. */
async function reach(tabId: number, tabUrl: string | undefined, viaToolbar: boolean): Promise<string | TabView> {
  try {
    return await ensureContentScript(tabId);
  } catch (e) {
    const r = restrictionFromError(errorText(e), tabUrl);
    // refused right after the reader clicked on the page: a page (blank, source view…) activeTab does not cover
    if (r === 'no-access' && viaToolbar) return restricted('browser-page');
    return r ? restricted(r) : { state: 'error', message: `Newslens could not read this page (${errorText(e)}).` };
  }
}

export interface ViewOptions {
  refresh?: boolean;
  viaToolbar?: boolean;
}

async function computeView(tabId: number, { refresh = false, viaToolbar = false }: ViewOptions): Promise<TabView> {
  let tabUrl: string | undefined;
  try {
    const tab = await browser.tabs.get(tabId);
    // without a grant for this tab the URL is hidden; the content script tells us instead
    tabUrl = tab.url ?? tab.pendingUrl;
  } catch {
    return { state: 'error', message: 'That tab has been closed.' };
  }
  const known = restrictionOf(tabUrl);
  if (known) return restricted(known);
  const cached = refresh ? null : await tabCache.get(tabId);
  if (cached && tabUrl === cached.url) return { state: 'ready', analysis: cached.analysis, scope: 'page', cached: true };
  const pageUrl = await reach(tabId, tabUrl, viaToolbar);
  if (typeof pageUrl !== 'string') return pageUrl;
  if (cached && cached.url === pageUrl) return { state: 'ready', analysis: cached.analysis, scope: 'page', cached: true };
  try {
    const report = await sendToTab(tabId, 'analyze-page', {});
    if (report.kind === 'pdf') return restricted('pdf');
    await tabCache.set(tabId, { url: report.analysis.url, analysis: report.analysis, madeAt: Date.now() });
    return { state: 'ready', analysis: report.analysis, scope: 'page', cached: false };
  } catch (e) {
    return { state: 'error', message: `Analysing the page failed: ${errorText(e)}` };
  }
}

// The popup and a shortcut pressed at the same moment share one analysis.
const inFlight = new Map<number, Promise<TabView>>();

export function viewForTab(tabId: number, options: ViewOptions = {}): Promise<TabView> {
  const running = inFlight.get(tabId);
  if (running && !options.refresh) return running;
  const job = computeView(tabId, options).finally(() => {
    if (inFlight.get(tabId) === job) inFlight.delete(tabId);
  });
  inFlight.set(tabId, job);
  return job;
}

/** The analysis of text the reader selected: never cached, it is not the page's result. */
export async function selectionView(tabId: number, text: string): Promise<TabView> {
  try {
    const analysis = await sendToTab(tabId, 'analyze-selection', { text });
    return { state: 'ready', analysis, scope: 'selection', cached: false };
  } catch (e) {
    return { state: 'error', message: `Analysing the selection failed: ${errorText(e)}` };
  }
}
