// One article's contribution, added or removed inside the caller's transaction: the article record, its
// entities' forms and its events' sources. Every record touched is written at once (read-after-write holds
// inside a transaction) and reported in `changed`, so the search index can follow after the commit.

import type { EventType } from '../../utils/types';
import { formOf, type ArticleForm } from '../../utils/memory/article-forms';
import { addForm, emptyEntity, removeForm } from '../../utils/memory/entity-merge';
import { eventSignature } from '../../utils/memory/event-family';
import { addSource, baseEventId, matchEvent, newEvent, removeSources } from '../../utils/memory/event-merge';
import type { Contribution, StoredEntity, StoredEvent } from '../../utils/memory/records';
import { lookupKeys, resolveForms, type Known } from '../../utils/memory/resolve-keys';
import type { WriteTx } from './schema';

export interface ArticleInput {
  url: string;
  title: string | null;
  site: string | null;
  publishedTime: string | null;
  analysedAt: string;
  forms: ArticleForm[];
  events: { type: EventType; parties: string[]; date: string | null; what: string; evidence: string; idHint?: string }[];
}

/** 'e|key' or 'v|id' -> the record as written, null when deleted */
export type Changed = Map<string, StoredEntity | StoredEvent | null>;

export async function removeArticle(tx: WriteTx, url: string, changed: Changed): Promise<boolean> {
  const c = await tx.objectStore('contributions').get(url);
  const had = !!(await tx.objectStore('articles').getKey(url));
  if (!c) {
    if (had) await tx.objectStore('articles').delete(url);
    return had;
  }
  const entities = tx.objectStore('entities'), events = tx.objectStore('events');
  for (const form of c.entities) {
    const e = await entities.get(form.key);
    if (!e) continue;
    const left = removeForm(e, form);
    await (left ? entities.put(left) : entities.delete(form.key));
    changed.set(`e|${form.key}`, left);
  }
  for (const id of c.eventIds) {
    const ev = await events.get(id);
    if (!ev) continue;
    const left = removeSources(ev, url);
    await (left ? events.put(left) : events.delete(id));
    changed.set(`v|${id}`, left);
  }
  await tx.objectStore('contributions').delete(url);
  await tx.objectStore('articles').delete(url);
  return true;
}

/** What the memory knows of the keys these forms could have. Works in a read-only transaction too. */
export async function knownFor(
  tx: { objectStore(name: 'entities'): { get(k: string): Promise<StoredEntity | undefined>; index(n: 'aliasKeys'): { getAll(k: string): Promise<StoredEntity[]> } } },
  forms: ArticleForm[],
): Promise<Known> {
  const known: Known = { entities: new Map(), aliasOwners: new Map() };
  const store = tx.objectStore('entities');
  await Promise.all(lookupKeys(forms).map(async (k) => {
    const [e, owners] = await Promise.all([store.get(k), store.index('aliasKeys').getAll(k)]);
    if (e) known.entities.set(k, e.type);
    for (const o of owners) known.entities.set(o.key, o.type);
    if (owners.length) known.aliasOwners.set(k, owners.map((o) => o.key));
  }));
  return known;
}

export async function addArticle(tx: WriteTx, input: ArticleInput, changed: Changed): Promise<void> {
  const { url } = input;
  await removeArticle(tx, url, changed);
  const { entities: forms, keyOf } = resolveForms(input.forms, await knownFor(tx, input.forms));
  const entities = tx.objectStore('entities'), events = tx.objectStore('events');
  for (const form of forms) {
    const e = addForm((await entities.get(form.key)) ?? emptyEntity(form), form);
    await entities.put(e);
    changed.set(`e|${form.key}`, e);
  }
  const eventIds: string[] = [];
  for (const ev of input.events) {
    const parties = [...new Set(ev.parties.map((p) => formOf(input.forms, p)).filter((f) => f !== undefined).map((f) => keyOf.get(f)!))];
    if (!parties.length) continue;
    const sig = eventSignature(ev.type, parties);
    const source = { url, site: input.site, title: input.title, publishedTime: input.publishedTime, date: ev.date, what: ev.what, evidence: ev.evidence, type: ev.type };
    const match = matchEvent(await events.index('sig').getAll(sig), ev.date);
    let rec: StoredEvent;
    if (match) rec = addSource(match, source);
    else {
      let id = ev.idHint && !(await events.getKey(ev.idHint)) ? ev.idHint : baseEventId(sig, ev.date);
      for (let n = 2; await events.getKey(id); n++) id = `${baseEventId(sig, ev.date)}#${n}`;
      rec = newEvent(id, sig, parties, source);
    }
    await events.put(rec);
    changed.set(`v|${rec.id}`, rec);
    if (!eventIds.includes(rec.id)) eventIds.push(rec.id);
  }
  const contribution: Contribution = { url, entities: forms, eventIds };
  await tx.objectStore('contributions').put(contribution);
  await tx.objectStore('articles').put({
    url, title: input.title, site: input.site, publishedTime: input.publishedTime, analysedAt: input.analysedAt, entityKeys: forms.map((f) => f.key),
  });
}
