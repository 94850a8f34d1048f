// Full-text search over entity names and aliases and event phrases, with MiniSearch. Built from the store on
// the first search (not at open: most views never search), then kept current from each write's changes.

import type { IDBPDatabase } from 'idb';
import MiniSearch from 'minisearch';
import type { StoredEntity, StoredEvent } from '../../utils/memory/records';
import type { SearchHit } from '../../utils/memory/types';
import type { Changed } from './contribute';
import type { MemoryDB } from './schema';

interface Doc {
  id: string;
  text: string;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

// an event is found by any of its sources' phrases, not only the one shown
const docOf = (id: string, rec: StoredEntity | StoredEvent): Doc =>
  ({ id, text: 'key' in rec ? [rec.name, ...rec.aliases].join(' ; ') : [...new Set([rec.what, ...rec.sources.map((s) => s.what)])].join(' ; ') });

function newIndex(): MiniSearch<Doc> {
  return new MiniSearch<Doc>({
    fields: ['text'],
    processTerm: (t) => fold(t) || null,
    searchOptions: {
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      // a name typed in full should find the company before the events that mention it
      boostDocument: (id) => (String(id).startsWith('e|') ? 2 : 1),
    },
  });
}

export class SearchIndex {
  private index: MiniSearch<Doc> | null = null;
  private building: Promise<MiniSearch<Doc>> | null = null;
  private pending: Changed[] = [];

  constructor(private readonly db: IDBPDatabase<MemoryDB>) {}

  /** After a write commits: the changed records replace their documents. */
  update(changed: Changed): void {
    if (this.building && !this.index) this.pending.push(changed);
    else if (this.index) this.apply(this.index, changed);
  }

  /** After clear or import: rebuilt on the next search. */
  reset(): void {
    this.index = null;
    this.building = null;
    this.pending = [];
  }

  private apply(ms: MiniSearch<Doc>, changed: Changed): void {
    for (const [id, rec] of changed) {
      if (ms.has(id)) ms.discard(id);
      if (rec) ms.add(docOf(id, rec));
    }
  }

  private async build(): Promise<MiniSearch<Doc>> {
    const tx = this.db.transaction(['entities', 'events']);
    const [entities, events] = await Promise.all([tx.objectStore('entities').getAll(), tx.objectStore('events').getAll()]);
    const ms = newIndex();
    ms.addAll(entities.map((e) => docOf(`e|${e.key}`, e)));
    ms.addAll(events.map((e) => docOf(`v|${e.id}`, e)));
    return ms;
  }

  private async ready(): Promise<MiniSearch<Doc>> {
    if (this.index) return this.index;
    const building = (this.building ??= this.build());
    const ms = await building;
    if (this.building === building && !this.index) {
      // writes that committed while the index was read: applying one twice is harmless
      for (const c of this.pending) this.apply(ms, c);
      this.pending = [];
      this.index = ms;
    }
    return ms;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    if (!query.trim()) return [];
    const results = (await this.ready()).search(query).slice(0, limit);
    const tx = this.db.transaction(['entities', 'events']);
    const entities = tx.objectStore('entities'), events = tx.objectStore('events');
    const nameOf = async (k: string): Promise<string> => (await entities.get(k))?.name ?? k;
    const hits = await Promise.all(results.map(async (r): Promise<SearchHit | null> => {
      const id = String(r.id), ref = id.slice(2);
      if (id.startsWith('e|')) {
        const e = await entities.get(ref);
        return e ? { kind: 'entity', key: e.key, name: e.name, type: e.type, events: await events.index('parties').count(e.key) } : null;
      }
      const ev = await events.get(ref);
      // parties by name: what a reader recognises (entityTimeline accepts names as well as keys)
      return ev ? { kind: 'event', id: ev.id, what: ev.what, date: ev.date, parties: await Promise.all(ev.parties.map(nameOf)) } : null;
    }));
    return hits.filter((h) => h !== null);
  }
}
