// The partnership memory over IndexedDB (idb). Only the IndexedDB global is used, so the same code runs in
// the service worker, Firefox's background page, extension pages and Node with fake-indexeddb.

import { openDB, type IDBPDatabase } from 'idb';
import type { Analysis } from '../../utils/types';
import { articleForms } from '../../utils/memory/article-forms';
import type { Memory, MemoryStats } from '../../utils/memory/types';
import { normalizeUrl } from '../../utils/memory/url';
import { addArticle, removeArticle, type ArticleInput, type Changed } from './contribute';
import { MemoryError, writeError } from './errors';
import { earlier, entityTimeline } from './queries';
import { ALL_STORES, DB_VERSION, upgrade, type MemoryDB, type WriteTx } from './schema';
import { SearchIndex } from './search-index';
import { parseExport, replayInputs, toExport } from './transfer';

export const MEMORY_DB_NAME = 'newslens-memory';

/** The article as the memory takes it from a fresh analysis. */
export function inputOf(a: Analysis, analysedAt: string): ArticleInput {
  return {
    url: normalizeUrl(a.url), title: a.title, site: a.site, publishedTime: a.publishedTime, analysedAt,
    forms: articleForms(a), events: a.timeline,
  };
}

/**
 * One readwrite transaction: if anything in `work` throws, or the browser refuses the commit (quota), the
 * transaction is aborted and the memory is as it was.
 */
async function write<T>(db: IDBPDatabase<MemoryDB>, work: (tx: WriteTx, changed: Changed) => Promise<T>): Promise<{ result: T; changed: Changed }> {
  let tx: WriteTx;
  try {
    tx = db.transaction(ALL_STORES, 'readwrite');
  } catch (e) {
    throw writeError(e);
  }
  const done = tx.done;
  done.catch(() => {});
  const changed: Changed = new Map();
  try {
    const result = await work(tx, changed);
    await done;
    return { result, changed };
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the failed request
    }
    throw writeError(e);
  }
}

export async function openMemory(dbName = MEMORY_DB_NAME): Promise<Memory> {
  let db: IDBPDatabase<MemoryDB>;
  try {
    db = await openDB<MemoryDB>(dbName, DB_VERSION, {
      upgrade: (d, oldVersion, _v, tx) => void upgrade(d, oldVersion, tx),
      // a newer version wants the database (an updated extension): this old connection lets it go
      blocking: (_c, _b, event) => (event.target as IDBDatabase).close(),
    });
  } catch (e) {
    throw new MemoryError('memory_unavailable', e);
  }
  const index = new SearchIndex(db);

  const memory: Memory = {
    async remember(analysis, analysedAt = new Date().toISOString()) {
      const { changed } = await write(db, (tx, ch) => addArticle(tx, inputOf(analysis, analysedAt), ch));
      index.update(changed);
    },
    async forget(url) {
      const { changed } = await write(db, (tx, ch) => removeArticle(tx, normalizeUrl(url), ch));
      index.update(changed);
    },
    async isRemembered(url) {
      return (await db.getKey('articles', normalizeUrl(url))) !== undefined;
    },
    entityTimeline: (name) => entityTimeline(db, name),
    search: (query, limit) => index.search(query, limit),
    async articles() {
      // most recently analysed first
      return (await db.getAllFromIndex('articles', 'analysedAt')).reverse();
    },
    earlier: (analysis, limit) => earlier(db, analysis, limit),
    async stats(): Promise<MemoryStats> {
      const tx = db.transaction(['articles', 'entities', 'events']);
      const [articles, entities, events] = await Promise.all([
        tx.objectStore('articles').count(), tx.objectStore('entities').count(), tx.objectStore('events').count(),
      ]);
      return { articles, entities, events };
    },
    async exportAll() {
      const tx = db.transaction(ALL_STORES);
      const [articles, contributions, entities, events] = await Promise.all([
        tx.objectStore('articles').getAll(), tx.objectStore('contributions').getAll(),
        tx.objectStore('entities').getAll(), tx.objectStore('events').getAll(),
      ]);
      return toExport({ articles, contributions, entities, events });
    },
    async importAll(data) {
      const inputs = replayInputs(parseExport(data));
      const { result } = await write(db, async (tx, ch) => {
        const before = await tx.objectStore('events').count();
        let articles = 0;
        for (const input of inputs) {
          const held = await tx.objectStore('articles').get(input.url);
          if (held && held.analysedAt >= input.analysedAt) continue;
          await addArticle(tx, input, ch);
          articles++;
        }
        return { articles, events: (await tx.objectStore('events').count()) - before };
      });
      index.reset();
      return result;
    },
    async clear() {
      await write(db, async (tx) => {
        await Promise.all(ALL_STORES.map((s) => tx.objectStore(s).clear()));
      });
      index.reset();
    },
  };
  return memory;
}
