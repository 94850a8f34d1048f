// Reading the memory: an entity's timeline and relations, and the earlier events behind a new article.

import type { IDBPDatabase } from 'idb';
import type { Analysis } from '../../utils/types';
import { articleForms } from '../../utils/memory/article-forms';
import { spanDays } from '../../utils/memory/date-span';
import { articleCount, publicEntity } from '../../utils/memory/entity-merge';
import { publicEvent } from '../../utils/memory/event-merge';
import { nameKey } from '../../utils/memory/name-key';
import type { StoredEntity, StoredEvent } from '../../utils/memory/records';
import { resolveForms } from '../../utils/memory/resolve-keys';
import type { EarlierEvent, EntityTimeline, MemoryRelation } from '../../utils/memory/types';
import { normalizeUrl } from '../../utils/memory/url';
import { dateSortKey } from '../../utils/timeline/date-order';
import { knownFor } from './contribute';
import type { MemoryDB } from './schema';

type DB = IDBPDatabase<MemoryDB>;

const byDate = (a: StoredEvent, b: StoredEvent): number => {
  const ka = dateSortKey(a.date), kb = dateSortKey(b.date);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
};

/** By key, then by name, then by alias (the entity named in the most articles when several have it). */
export async function findEntity(db: DB, name: string): Promise<StoredEntity | null> {
  const tx = db.transaction('entities');
  const direct = (await tx.store.get(name)) ?? (await tx.store.get(nameKey(name)));
  if (direct) return direct;
  const owners = await tx.store.index('aliasKeys').getAll(nameKey(name));
  return owners.sort((a, b) => articleCount(b) - articleCount(a))[0] ?? null;
}

/** Relations returned with a timeline, strongest first. */
export const MAX_RELATIONS = 50;

export async function entityTimeline(db: DB, name: string): Promise<EntityTimeline | null> {
  const entity = await findEntity(db, name);
  if (!entity) return null;
  const tx = db.transaction(['events', 'entities', 'articles']);
  const [found, urls] = await Promise.all([
    tx.objectStore('events').index('parties').getAll(entity.key), tx.objectStore('articles').index('entityKeys').getAllKeys(entity.key),
  ]);
  const events = found.sort(byDate);
  const counts = new Map<string, MemoryRelation['counts']>();
  for (const ev of events) {
    for (const p of ev.parties) {
      if (p === entity.key) continue;
      const c = counts.get(p) ?? {};
      c[ev.type] = (c[ev.type] ?? 0) + 1;
      counts.set(p, c);
    }
  }
  // the strongest links only: a company in hundreds of deals has hundreds of partners, and a view lists a few
  const sum = (c: MemoryRelation['counts']): number => Object.values(c).reduce((s, n) => s + (n ?? 0), 0);
  const strongest = [...counts].sort((a, b) => sum(b[1]) - sum(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_RELATIONS);
  const others = await Promise.all(strongest.map(([k]) => tx.objectStore('entities').get(k)));
  const relations = others
    .filter((o) => o !== undefined)
    .map((o): MemoryRelation => ({ key: o.key, name: o.name, type: o.type, counts: counts.get(o.key)! }))
    .sort((a, b) => sum(b.counts) - sum(a.counts) || a.name.localeCompare(b.name));
  return { entity: publicEntity(entity, urls), events: events.map(publicEvent), relations };
}

/** The article's main organisations: the most mentioned ones (up to three). */
const MAIN_ORGS = 3;

export async function earlier(db: DB, analysis: Analysis, limit = 5): Promise<EarlierEvent[]> {
  const url = normalizeUrl(analysis.url);
  const mentions = new Map(analysis.entities.map((e) => [e.name, e.mentions]));
  const forms = articleForms(analysis)
    .filter((f) => f.type === 'organization' && mentions.has(f.name))
    .sort((a, b) => mentions.get(b.name)! - mentions.get(a.name)!)
    .slice(0, MAIN_ORGS);
  if (!forms.length) return [];
  const tx = db.transaction(['entities', 'events']);
  const { keyOf } = resolveForms(forms, await knownFor(tx, forms));
  const keys = [...new Set(keyOf.values())];
  // events linking two of them; with a single main organisation, that organisation's events
  const needed = Math.min(2, keys.length);
  const found = new Map<string, StoredEvent>();
  for (const k of keys) for (const ev of await tx.objectStore('events').index('parties').getAll(k)) found.set(ev.id, ev);
  const out: EarlierEvent[] = [];
  for (const ev of found.values()) {
    const others = ev.sources.filter((s) => s.url !== url).sort((a, b) => spanDays(a.date) - spanDays(b.date));
    if (!others.length || ev.parties.filter((p) => keys.includes(p)).length < needed) continue;
    const pub = publicEvent(ev);
    out.push({ event: pub, source: pub.sources.find((s) => s.url === others[0]!.url)! });
  }
  // most recent first, undated last
  const key = (e: EarlierEvent): string => (e.event.date ? dateSortKey(e.event.date) : '');
  return out.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0)).slice(0, limit);
}
