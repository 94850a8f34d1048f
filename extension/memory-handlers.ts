// The memory's message handlers, one per message of extension/messages.ts. The background wires them.

import { browser } from 'wxt/browser';
import { fromExtensionPage, type Handlers, type MemoryLineApi, type MemoryPageApi } from './messages';
import type { MemoryService } from './memory-service';

/** The memory page's address; `entity`: that entity's timeline. */
export const memoryPageUrl = (entity?: string): string =>
  browser.runtime.getURL('/memory.html') + (entity ? `?entity=${encodeURIComponent(entity)}` : '');

const withoutHash = (url: string): string => url.replace(/#.*$/, '');

type Sender = Parameters<Handlers<MemoryLineApi>['memory-status']>[1];
/** The tab the view shows: the popup names it; the sidebar is a content script of that very tab. */
const viewTab = (sender: Sender, tabId?: number): number | undefined => (fromExtensionPage(sender) ? tabId : sender.tab?.id);

export function memoryLineHandlers(memory: MemoryService): Handlers<MemoryLineApi> {
  return {
    'memory-status': async ({ url, tabId }, sender) => ({ status: await memory.status(url, viewTab(sender, tabId)) }),
    'memory-forget': async ({ url }, sender) => {
      // the sidebar, inside a web page, may forget only the page it is on
      if (!fromExtensionPage(sender) && withoutHash(sender.url ?? '') !== withoutHash(url)) throw new Error('Not this page.');
      await memory.forget(url);
      return { status: await memory.status(url, viewTab(sender)) };
    },
    'memory-earlier': async ({ analysis }) => (await memory.db()).earlier(analysis),
    'memory-open': async ({ entity }) => {
      await browser.tabs.create({ url: memoryPageUrl(entity) });
      return { opened: true };
    },
  };
}

export function memoryPageHandlers(memory: MemoryService): Handlers<MemoryPageApi> {
  return {
    'memory-search': async ({ query }) => (await memory.db()).search(query),
    'memory-entity': async ({ name }) => (await memory.db()).entityTimeline(name),
    'memory-overview': async () => {
      const db = await memory.db();
      const [stats, articles] = await Promise.all([db.stats(), db.articles()]);
      return { stats, articles };
    },
    'memory-forget-article': async ({ url }) => {
      await memory.forget(url);
      return { stats: await memory.stats() };
    },
    'memory-export': async () => (await memory.db()).exportAll(),
    'memory-import': async ({ data }) => (await memory.db()).importAll(data),
    'memory-clear': async () => {
      await (await memory.db()).clear();
      return { stats: await memory.stats() };
    },
  };
}
