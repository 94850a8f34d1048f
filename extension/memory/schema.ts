// The database's shape and its history. Each version step runs once, in order, inside the upgrade transaction;
// a browser holding an older memory is brought forward without losing it.
//   v1: the shared records as they are (articles, entities, events by party)
//   v2: what makes every article's contribution removable and findable: contributions, alias keys, event
//       signatures, per-source types, name counts; an entity's articles through the articles' entityKeys

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { nameKey } from '../../utils/memory/name-key';
import { eventSignature } from '../../utils/memory/event-family';
import type { Contribution, EntityForm, StoredEntity, StoredEvent } from '../../utils/memory/records';
import type { MemoryArticle } from '../../utils/memory/types';

export const DB_VERSION = 2;

export interface MemoryDB extends DBSchema {
  articles: { key: string; value: MemoryArticle; indexes: { analysedAt: string; entityKeys: string } };
  entities: { key: string; value: StoredEntity; indexes: { aliasKeys: string } };
  events: { key: string; value: StoredEvent; indexes: { parties: string; sig: string } };
  contributions: { key: string; value: Contribution };
}

export type Store = StoreNames<MemoryDB>;
export const ALL_STORES: Store[] = ['articles', 'entities', 'events', 'contributions'];
export type WriteTx = IDBPTransaction<MemoryDB, Store[], 'readwrite' | 'versionchange'>;

type UpgradeTx = IDBPTransaction<MemoryDB, Store[], 'versionchange'>;

function toV1(db: IDBPDatabase<MemoryDB>): void {
  db.createObjectStore('articles', { keyPath: 'url' });
  db.createObjectStore('entities', { keyPath: 'key' });
  db.createObjectStore('events', { keyPath: 'id' }).createIndex('parties', 'parties', { multiEntry: true });
}

async function toV2(db: IDBPDatabase<MemoryDB>, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('contributions', { keyPath: 'url' });
  tx.objectStore('articles').createIndex('analysedAt', 'analysedAt');
  tx.objectStore('articles').createIndex('entityKeys', 'entityKeys', { multiEntry: true });
  tx.objectStore('entities').createIndex('aliasKeys', 'aliasKeys', { multiEntry: true });
  tx.objectStore('events').createIndex('sig', 'sig');
  // v1 records carry no counts: every article is taken to use the entity's name, its aliases once each
  const entities = (await tx.objectStore('entities').getAll()) as (StoredEntity & { articleUrls?: string[] })[];
  const forms = new Map<string, EntityForm>();
  for (const e of entities) {
    const aliases = e.aliases ?? [];
    e.nameCounts = { [e.name]: e.articleUrls?.length ?? 1 };
    // the articles are found through their entityKeys from now on
    delete e.articleUrls;
    e.aliasCounts = Object.fromEntries(aliases.map((a) => [a, 1]));
    e.aliasKeys = [...new Set([e.key, nameKey(e.name), ...aliases.map(nameKey)])].filter(Boolean);
    forms.set(e.key, { key: e.key, name: e.name, type: e.type, aliases });
    void tx.objectStore('entities').put(e);
  }
  const events = await tx.objectStore('events').getAll();
  const eventIds = new Map<string, string[]>();
  for (const ev of events) {
    ev.sig = eventSignature(ev.type, ev.parties);
    ev.sources = ev.sources.map((s) => ({ ...s, type: s.type ?? ev.type }));
    for (const s of ev.sources) eventIds.set(s.url, [...(eventIds.get(s.url) ?? []), ev.id]);
    void tx.objectStore('events').put(ev);
  }
  for (const a of await tx.objectStore('articles').getAll()) {
    const names = a.entityKeys.map((k) => forms.get(k)).filter((f) => f !== undefined);
    void tx.objectStore('contributions').put({ url: a.url, entities: names, eventIds: eventIds.get(a.url) ?? [] });
  }
}

export async function upgrade(db: IDBPDatabase<MemoryDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  try {
    if (oldVersion < 1) toV1(db);
    if (oldVersion < 2) await toV2(db, tx);
  } catch (e) {
    // a half-migrated memory must not be kept: the upgrade is undone and the open fails
    console.error('Newslens memory: migration failed', e);
    tx.abort();
  }
}
