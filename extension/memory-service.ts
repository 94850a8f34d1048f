// Background side of the partnership memory: remembers each page analysis after the reader has it, and
// answers the views. The background owns the one database connection (see README, "Memory").

import type { Memory, MemoryStats } from '../utils/memory/types';
import type { MemoryStatus, TabView } from './messages';

export interface MemoryServiceDeps {
  open(): Promise<Memory>;
  /** the "Remember what I analyse" setting */
  enabled(): Promise<boolean>;
  /** private (incognito) windows are never remembered */
  isPrivate(tabId: number): Promise<boolean>;
  /** runs `fn` once the current result has gone out: the reader never waits on the memory */
  later?(fn: () => void): void;
}

export interface MemoryService {
  /** called with every page view handed to a reader */
  afterView(tabId: number, view: TabView): void;
  status(url: string, tabId: number | undefined): Promise<MemoryStatus>;
  forget(url: string): Promise<void>;
  stats(): Promise<MemoryStats>;
  /** the store, opened once and kept */
  db(): Promise<Memory>;
}

export function createMemoryService(deps: MemoryServiceDeps): MemoryService {
  const later = deps.later ?? ((fn: () => void) => void setTimeout(fn, 0));
  let opened: Promise<Memory> | null = null;
  const db = (): Promise<Memory> =>
    (opened ??= deps.open().catch((e: unknown) => {
      opened = null; // a failed open (blocked upgrade, quota) is tried again next time
      throw e;
    }));
  // a status asked while the article is being written waits for the write
  const writing = new Map<string, Promise<void>>();

  async function remember(tabId: number, view: Extract<TabView, { state: 'ready' }>): Promise<void> {
    if (!(await deps.enabled()) || (await deps.isPrivate(tabId))) return;
    await (await db()).remember(view.analysis);
  }

  return {
    afterView(tabId, view) {
      // a cached result was remembered when it was made (and may have been forgotten since, on purpose);
      // a selection is not the article; a page that is no article has no story to keep
      if (view.state !== 'ready' || view.scope !== 'page' || view.cached || !view.analysis.isArticle) return;
      const url = view.analysis.url;
      const job = new Promise<void>((resolve) => later(resolve))
        .then(() => remember(tabId, view))
        .catch((e: unknown) => console.warn('Newslens could not remember this article:', e))
        .finally(() => {
          if (writing.get(url) === job) writing.delete(url);
        });
      writing.set(url, job);
    },
    async status(url, tabId) {
      if (!(await deps.enabled())) return 'off';
      if (tabId !== undefined && (await deps.isPrivate(tabId))) return 'private';
      await writing.get(url);
      return (await (await db()).isRemembered(url)) ? 'remembered' : 'not-remembered';
    },
    async forget(url) {
      await writing.get(url);
      await (await db()).forget(url);
    },
    stats: async () => (await db()).stats(),
    db,
  };
}
