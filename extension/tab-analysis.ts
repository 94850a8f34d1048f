// Background side: read a tab on request, through the cache, and say plainly why a page cannot be read.

import { browser } from 'wxt/browser';
import { analyzeSnapshot, analyzeSelection } from './analyze-snapshot';
import { sendToTab, type PageSnapshot, type TabView } from './messages';
import { problemView } from './reader-error';
import { restrictionFromError, restrictionMessage, restrictionOf, type Restriction } from './restricted';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import { tabCache } from './storage';
import { t } from './i18n';

const fileAccess = (): Promise<boolean> => browser.extension.isAllowedFileSchemeAccess().catch(() => false);
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
    // refused right after the reader clicked on the page: a page activeTab does not cover (blank, data:…),
    // or, when file access is off, a file: Chrome hides the URL and refuses both alike
    if (r === 'no-access' && viaToolbar) return restricted((await fileAccess()) ? 'browser-page' : 'browser-page-or-file');
    return r ? restricted(r) : problemView(e);
  }
}

export interface ViewOptions {
  refresh?: boolean;
  viaToolbar?: boolean;
}

// Bumped on every navigation of a tab: a result made before the bump belongs to a page no longer shown.
const navigations = new Map<number, number>();
const generation = (tabId: number): number => navigations.get(tabId) ?? 0;

export function noteNavigation(tabId: number, closed = false): void {
  if (closed) navigations.delete(tabId);
  else navigations.set(tabId, generation(tabId) + 1);
}

/** Checked when the result is ready, not when it was asked for: the tab may have moved on meanwhile. */
async function stillShows(tabId: number, url: string, since: number): Promise<boolean> {
  if (generation(tabId) !== since) return false;
  // a new document has no listener; a same-document navigation (pushState) reports its new URL
  const now = await sendToTab(tabId, 'ping', {}).then((r) => r?.url, () => undefined);
  return now === url && generation(tabId) === since;
}

const changed = (): TabView => ({ state: 'error', message: t('error_page_changed') });
const tooLarge = (s: PageSnapshot): TabView => ({
  state: 'error',
  message: t('error_too_large', (s.size / 1e6).toFixed(0)),
});

async function computeView(tabId: number, { refresh = false, viaToolbar = false }: ViewOptions): Promise<TabView> {
  const since = generation(tabId);
  // three independent reads, at once: the popup is waiting
  const [tab, { summarySentences }, stored] = await Promise.all([
    browser.tabs.get(tabId).catch(() => null),
    readSettings(),
    refresh ? null : tabCache.get(tabId),
  ]);
  if (!tab) return { state: 'error', message: t('error_tab_closed') };
  // without a grant for this tab the URL is hidden; the content script tells us instead
  const tabUrl = tab.url ?? tab.pendingUrl;
  const known = restrictionOf(tabUrl);
  if (known) return restricted(known);
  // a result made for another summary length is not the one the reader asks for now
  const cached = stored && (stored.sentences ?? DEFAULT_SETTINGS.summarySentences) === summarySentences ? stored : null;
  if (cached && tabUrl === cached.url) return { state: 'ready', analysis: cached.analysis, scope: 'page', cached: true };
  const pageUrl = await reach(tabId, tabUrl, viaToolbar);
  if (typeof pageUrl !== 'string') return pageUrl;
  if (cached && cached.url === pageUrl) return { state: 'ready', analysis: cached.analysis, scope: 'page', cached: true };
  try {
    const snapshot = await sendToTab(tabId, 'read-page', { scope: 'page' });
    if (snapshot.contentType === 'application/pdf') return restricted('pdf');
    if (snapshot.html === null && !snapshot.reading) return tooLarge(snapshot);
    const analysis = await analyzeSnapshot(snapshot, summarySentences);
    if (!(await stillShows(tabId, snapshot.url, since))) return changed();
    // the reader gets the result now; the cache entry is written behind it
    void tabCache.set(tabId, { url: snapshot.url, analysis, madeAt: Date.now(), sentences: summarySentences }).then(async () => {
      // a navigation that landed while the entry was written: its own listener may have run first
      if (generation(tabId) !== since) await tabCache.remove(tabId);
    });
    return { state: 'ready', analysis, scope: 'page', cached: false };
  } catch (e) {
    return problemView(e);
  }
}

// The popup and a shortcut pressed at the same moment share one analysis.
const inFlight = new Map<number, Promise<TabView>>();

let pageViewObserver: ((tabId: number, view: TabView) => void) | null = null;
/** `fn` sees every page view made for a reader (the memory keeps it); selections are not page views. */
export const observePageViews = (fn: (tabId: number, view: TabView) => void): void => void (pageViewObserver = fn);

export function viewForTab(tabId: number, options: ViewOptions = {}): Promise<TabView> {
  const running = inFlight.get(tabId);
  if (running && !options.refresh) return running;
  const job = computeView(tabId, options).finally(() => {
    if (inFlight.get(tabId) === job) inFlight.delete(tabId);
  });
  inFlight.set(tabId, job);
  void job.then((view) => pageViewObserver?.(tabId, view));
  return job;
}

/** The analysis of text the reader selected: never cached, it is not the page's result. */
export async function selectionView(tabId: number, text: string): Promise<TabView> {
  try {
    const since = generation(tabId);
    await ensureContentScript(tabId);
    const snapshot = await sendToTab(tabId, 'read-page', { scope: 'selection' });
    if (snapshot.contentType === 'application/pdf') return restricted('pdf');
    const analysis = analyzeSelection(snapshot, text, { summarySentences: (await readSettings()).summarySentences });
    if (!(await stillShows(tabId, snapshot.url, since))) return changed();
    return { state: 'ready', analysis, scope: 'selection', cached: false };
  } catch (e) {
    return problemView(e);
  }
}
