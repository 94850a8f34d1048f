// The one message contract between the popup, the background and the injected content script.
// Each API maps a message type to its request and response; `listen` takes exactly one handler per type.

import { browser, type Browser } from 'wxt/browser';
import type { Analysis } from '../utils/types';
import { t } from './i18n';
import { problemView, ReaderError } from './reader-error';
import type { PageHead, PageReading } from '../utils/read-document';
import type { EarlierEvent, EntityTimeline, ImportResult, MemoryArticle, MemoryExport, MemoryStats, SearchHit } from '../utils/memory/types';

/** What the popup or the sidebar shows for a tab. `null` where a view is expected means "still analysing". */
export type TabView =
  | { state: 'ready'; analysis: Analysis; scope: 'page' | 'selection'; cached: boolean }
  | { state: 'restricted'; message: string }
  /** `detail`: the browser's own text of an unexpected failure, shown apart for a bug report */
  | { state: 'error'; message: string; detail?: string };

export type HighlightTarget = { kind: 'entity'; terms: string[] } | { kind: 'evidence'; text: string };

/**
 * What the content script read of its page. A page of ordinary size is read in place (`reading`: metadata,
 * bylines, Readability on a clone); a larger one is serialised (`html`) and parsed off the page's main
 * thread. `html` is null when the page is too large to send in one message, or when it was read in place.
 */
export interface PageSnapshot {
  url: string;
  contentType: string;
  html: string | null;
  /** length of the serialised page in characters (0 when it was not serialised) */
  size: number;
  reading?: PageReading;
  /** for "analyze selection": the page's title, site, language and date */
  head?: PageHead;
}

export type ReadScope = 'page' | 'selection';

/** Sent by extension pages (popup, popped-out popup) to the background. */
export interface BackgroundApi {
  /** `viaToolbar`: the reader just clicked the toolbar button on that tab, so activeTab was granted if it could be */
  'get-analysis': { req: { tabId: number; refresh?: boolean; viaToolbar?: boolean }; res: TabView };
  'open-sidebar': { req: { tabId: number }; res: { opened: boolean } };
  highlight: { req: { tabId: number; target: HighlightTarget | null }; res: { found: number } };
}

/** Whether an article is in the memory; `off`: the setting; `private`: a private window, never remembered. */
export type MemoryStatus = 'remembered' | 'not-remembered' | 'off' | 'private';

/** Memory of the article a view shows: sent by the popup and by the sidebar (a content script of ours). */
export interface MemoryLineApi {
  /** `tabId`: the popup's tab; the sidebar's own tab comes with its message */
  'memory-status': { req: { url: string; tabId?: number }; res: { status: MemoryStatus } };
  'memory-forget': { req: { url: string }; res: { status: MemoryStatus } };
  'memory-earlier': { req: { analysis: Analysis }; res: EarlierEvent[] };
  /** the memory page in a tab; `entity`: that entity's view */
  'memory-open': { req: { entity?: string }; res: { opened: boolean } };
}

/** The memory page's requests: only from extension pages. The background owns the one database connection. */
export interface MemoryPageApi {
  'memory-search': { req: { query: string }; res: SearchHit[] };
  'memory-entity': { req: { name: string }; res: EntityTimeline | null };
  'memory-overview': { req: Record<string, never>; res: { stats: MemoryStats; articles: MemoryArticle[] } };
  'memory-forget-article': { req: { url: string }; res: { stats: MemoryStats } };
  'memory-export': { req: Record<string, never>; res: MemoryExport };
  'memory-import': { req: { data: unknown }; res: ImportResult };
  'memory-clear': { req: Record<string, never>; res: { stats: MemoryStats } };
}

/** Sent by the background to the content script (content.js) of one tab: serialising and highlighting. */
export interface ContentApi {
  ping: { req: Record<string, never>; res: { url: string } };
  'read-page': { req: { scope: ReadScope }; res: PageSnapshot };
  highlight: { req: { target: HighlightTarget | null }; res: { found: number } };
}

/** Sent by the background to the sidebar script (sidebar.js), injected only when a sidebar is wanted. */
export interface SidebarApi {
  'sidebar-ping': { req: Record<string, never>; res: { open: boolean } };
  'show-sidebar': { req: { view: TabView | null }; res: { open: boolean } };
  'close-sidebar': { req: Record<string, never>; res: { wasOpen: boolean } };
}

/** Sent by the service worker to its offscreen document (Chrome): a large page parsed with the browser's DOM. */
export interface OffscreenApi {
  'read-html': { req: { html: string; url: string }; res: PageReading };
}

type TabApi = ContentApi & SidebarApi;
type Shape<Api> = { [K in keyof Api]: { req: unknown; res: unknown } };
type Req<Api extends Shape<Api>, K extends keyof Api> = Api[K]['req'];
type Res<Api extends Shape<Api>, K extends keyof Api> = Api[K]['res'];
type Sender = Browser.runtime.MessageSender;

export type Handlers<Api extends Shape<Api>> = {
  [K in keyof Api]: (data: Req<Api, K>, sender: Sender) => Promise<Res<Api, K>>;
};

interface Envelope {
  newslens: 1;
  type: string;
  data: unknown;
}

const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' && m !== null && (m as Partial<Envelope>).newslens === 1 && typeof (m as Envelope).type === 'string';

type ToBackground = BackgroundApi & MemoryLineApi & MemoryPageApi;

export async function sendToBackground<K extends keyof ToBackground>(
  type: K,
  data: Req<ToBackground, K>,
): Promise<Res<ToBackground, K>> {
  const msg: Envelope = { newslens: 1, type, data };
  let res: unknown;
  try {
    res = await browser.runtime.sendMessage(msg);
  } catch (e) {
    // the background stopped, or the extension was reloaded, before it answered: say so in the reader's words
    throw new ReaderError(problemView(e, 'newslens'));
  }
  // no handler answered: an empty reply must not leave a view waiting for ever
  if (res === undefined) throw new ReaderError({ state: 'error', message: t('error_newslens_silent') });
  return res as Res<ToBackground, K>;
}

export function sendToTab<K extends keyof TabApi>(tabId: number, type: K, data: Req<TabApi, K>): Promise<Res<TabApi, K>> {
  const msg: Envelope = { newslens: 1, type, data };
  // frameId 0: only the top document hosts our scripts
  return browser.tabs.sendMessage(tabId, msg, { frameId: 0 }) as Promise<Res<TabApi, K>>;
}

/** Registers the handlers; messages from senders `accept` rejects, or of unknown types, are left unanswered. */
export function listen<Api extends Shape<Api>>(handlers: Handlers<Api>, accept: (sender: Sender) => boolean): () => void {
  const listener = (msg: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!isEnvelope(msg) || !Object.hasOwn(handlers, msg.type) || !accept(sender)) return undefined;
    const handler = handlers[msg.type as keyof Api] as (data: unknown, sender: Sender) => Promise<unknown>;
    return handler(msg.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Asks the offscreen document (the only listener for its message types). */
export async function sendToOffscreen<K extends keyof OffscreenApi>(type: K, data: Req<OffscreenApi, K>): Promise<Res<OffscreenApi, K>> {
  const msg: Envelope = { newslens: 1, type, data };
  const res = await browser.runtime.sendMessage(msg);
  if (res === undefined) throw new Error('The page reader did not answer.');
  return res as Res<OffscreenApi, K>;
}

/** This extension's service worker, and nothing else (no page, no content script, no other extension). */
export const fromServiceWorker = (sender: Sender): boolean =>
  sender.id === browser.runtime.id && sender.tab === undefined && sender.url === browser.runtime.getURL('/background.js');

/** Only this extension's own pages (popup, popped-out popup), never a web page or another extension. */
export const fromExtensionPage = (sender: Sender): boolean =>
  sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

/** The background (tabs.sendMessage carries no tab) of this extension. */
export const fromBackground = (sender: Sender): boolean => sender.id === browser.runtime.id && sender.tab === undefined;

/** This extension's pages and its own content scripts (the sidebar); web pages cannot send runtime messages here. */
export const fromExtension = (sender: Sender): boolean =>
  sender.id === browser.runtime.id && (sender.tab !== undefined || fromExtensionPage(sender));
