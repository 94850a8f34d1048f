// A memory written by schema v1 (the shared records as they are, no contributions, alias keys or signatures)
// opens in v2 with nothing lost, and works: aliases find entities, forget and re-analysis undo exactly.

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../extension/memory';
import type { MemoryArticle, MemoryEntity, MemoryEvent } from '../../utils/memory/types';
import { analysis, freshName } from './make-analysis';

const src = (url: string, date: string, what: string) => ({ url, site: 'Site', title: 'T', publishedTime: '2025-01-01', date, what, evidence: `${what}.` });
const V1 = {
  articles: [
    { url: 'https://a.test/1', title: 'A', site: 'Site', publishedTime: '2025-01-01', analysedAt: '2025-01-01T00:00:00Z', entityKeys: ['microsoft', 'openai'] },
    { url: 'https://b.test/2', title: 'B', site: 'Site', publishedTime: '2025-01-02', analysedAt: '2025-01-02T00:00:00Z', entityKeys: ['microsoft', 'openai', 'federal trade commission'] },
  ] as MemoryArticle[],
  entities: [
    { key: 'microsoft', name: 'Microsoft', type: 'organization', aliases: ['Microsoft Corp.'], articleUrls: ['https://a.test/1', 'https://b.test/2'] },
    { key: 'openai', name: 'OpenAI', type: 'organization', aliases: [], articleUrls: ['https://a.test/1', 'https://b.test/2'] },
    { key: 'federal trade commission', name: 'Federal Trade Commission', type: 'organization', aliases: ['FTC'], articleUrls: ['https://b.test/2'] },
  ] as MemoryEntity[],
  events: [
    { id: 'deal|microsoft+openai|2023', type: 'investment', parties: ['microsoft', 'openai'], date: '2023-01-23', conflicting: false, what: 'Microsoft invests',
      sources: [src('https://a.test/1', '2023', 'Microsoft invests'), src('https://b.test/2', '2023-01-23', 'Microsoft invests')] },
    { id: 'regulatory|federal trade commission+microsoft|2024', type: 'regulatory', parties: ['federal trade commission', 'microsoft'], date: '2024-01', conflicting: false, what: 'FTC inquiry',
      sources: [src('https://b.test/2', '2024-01', 'FTC inquiry')] },
  ] as MemoryEvent[],
};

/** The v1 database, written with the plain IndexedDB API as the first version of the store did. */
function writeV1(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('articles', { keyPath: 'url' });
      db.createObjectStore('entities', { keyPath: 'key' });
      db.createObjectStore('events', { keyPath: 'id' }).createIndex('parties', 'parties', { multiEntry: true });
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['articles', 'entities', 'events'], 'readwrite');
      for (const [store, records] of Object.entries(V1)) for (const r of records) tx.objectStore(store).put(r);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('migration from schema v1', () => {
  it('keeps every record and makes it work with v2', async () => {
    const name = freshName();
    await writeV1(name);
    const m = await openMemory(name);
    expect(await m.stats()).toEqual({ articles: 2, entities: 3, events: 2 });
    expect((await m.articles()).map((a) => a.url)).toEqual(['https://b.test/2', 'https://a.test/1']);
    // the alias index was filled from v1's aliases
    expect((await m.entityTimeline('FTC'))?.entity.key).toBe('federal trade commission');
    expect((await m.entityTimeline('Microsoft Corp.'))?.events).toHaveLength(2);
    expect((await m.search('inquiry')).map((h) => h.kind)).toEqual(['event']);
    // contributions were rebuilt: forgetting b removes what only b said
    await m.forget('https://b.test/2');
    expect(await m.stats()).toEqual({ articles: 1, entities: 2, events: 1 });
    expect((await m.entityTimeline('openai'))!.events.map((e) => [e.date, e.sources.length])).toEqual([['2023', 1]]);
    // and a new report merges into the migrated event
    await m.remember(analysis('https://c.test/3', [['Microsoft', 'organization'], ['OpenAI', 'organization']], [['partnership', ['Microsoft', 'OpenAI'], '2023-01', 'Microsoft and OpenAI']]));
    expect((await m.entityTimeline('openai'))!.events.map((e) => [e.id, e.date])).toEqual([['deal|microsoft+openai|2023', '2023-01']]);
  });
});
