// The memory as one JSON file, and back. Import replays each article of the file as if it had been analysed
// again (oldest first), so it merges by the same rules as remember; an article already held with the same
// or a later analysis date is skipped, which makes importing a file twice the same as once.

import type { EventType } from '../../utils/types';
import type { ArticleForm } from '../../utils/memory/article-forms';
import { publicEntity } from '../../utils/memory/entity-merge';
import type { Contribution, ExportedArticle, StoredEntity, StoredEvent, StoredSource } from '../../utils/memory/records';
import type { MemoryArticle, MemoryEntity, MemoryEvent, MemoryExport } from '../../utils/memory/types';
import { normalizeUrl } from '../../utils/memory/url';
import type { ArticleInput } from './contribute';
import { DB_VERSION } from './schema';
import { MemoryError } from './errors';

export const EXPORT_FORMAT = 'newslens-memory';

const byAnalysedAt = (a: { analysedAt: string }, b: { analysedAt: string }): number =>
  a.analysedAt < b.analysedAt ? -1 : a.analysedAt > b.analysedAt ? 1 : 0;

export interface AllRecords {
  articles: MemoryArticle[];
  contributions: Contribution[];
  entities: StoredEntity[];
  events: StoredEvent[];
}

export function toExport({ articles, contributions, entities, events }: AllRecords): MemoryExport {
  const names = new Map(contributions.map((c) => [c.url, c.entities]));
  const sorted = [...articles].sort(byAnalysedAt);
  const urls = new Map<string, string[]>();
  for (const a of sorted) {
    for (const k of a.entityKeys) {
      const list = urls.get(k);
      if (list) list.push(a.url);
      else urls.set(k, [a.url]);
    }
  }
  return {
    format: EXPORT_FORMAT,
    version: DB_VERSION,
    exportedAt: new Date().toISOString(),
    articles: sorted.map((a): ExportedArticle => ({ ...a, names: names.get(a.url) ?? [] })),
    entities: entities.map((e) => publicEntity(e, urls.get(e.key) ?? [])),
    events: events.map(({ sig: _sig, ...ev }) => ev),
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Checked before anything is written: a file that is not ours changes nothing. */
export function parseExport(data: unknown): MemoryExport {
  const d = typeof data === 'string' ? (() => { try { return JSON.parse(data) as unknown; } catch { return null; } })() : data;
  if (!isObj(d) || d.format !== EXPORT_FORMAT || typeof d.version !== 'number' || d.version < 1 || d.version > DB_VERSION) throw new MemoryError('memory_import_invalid');
  if (!Array.isArray(d.articles) || !Array.isArray(d.entities) || !Array.isArray(d.events)) throw new MemoryError('memory_import_invalid');
  const ok = d.articles.every((a) => isObj(a) && str(a.url) && str(a.analysedAt) && Array.isArray(a.entityKeys))
    && d.entities.every((e) => isObj(e) && str(e.key) && str(e.name) && Array.isArray(e.aliases))
    && d.events.every((e) => isObj(e) && str(e.id) && Array.isArray(e.parties) && Array.isArray(e.sources) && e.sources.every((s: unknown) => isObj(s) && str(s.url)));
  if (!ok) throw new MemoryError('memory_import_invalid');
  return d as unknown as MemoryExport;
}

/** Every article of the file as a new analysis would give it. Version 1 files carry no per-article forms. */
export function replayInputs(file: MemoryExport): ArticleInput[] {
  const entities = new Map<string, MemoryEntity>(file.entities.map((e) => [e.key, e]));
  const sourcesOf = new Map<string, { ev: MemoryEvent; s: StoredSource }[]>();
  for (const ev of file.events) {
    for (const s of ev.sources as StoredSource[]) {
      const u = normalizeUrl(s.url);
      const list = sourcesOf.get(u);
      if (list) list.push({ ev, s });
      else sourcesOf.set(u, [{ ev, s }]);
    }
  }
  return [...(file.articles as ExportedArticle[])].sort(byAnalysedAt).map((a) => {
    const url = normalizeUrl(a.url);
    const forms: ArticleForm[] = a.names
      ? a.names.map((n) => ({ key: n.key, name: n.name, type: n.type, aliases: [...n.aliases] }))
      : a.entityKeys.map((k) => entities.get(k)).filter((e) => e !== undefined).map((e) => ({ key: e.key, name: e.name, type: e.type, aliases: [...e.aliases] }));
    const nameOf = (k: string): string => forms.find((f) => f.key === k)?.name ?? entities.get(k)?.name ?? k;
    for (const { ev } of sourcesOf.get(url) ?? []) {
      for (const k of ev.parties) if (!forms.some((f) => f.key === k)) forms.push({ key: k, name: nameOf(k), type: entities.get(k)?.type ?? 'organization', aliases: [] });
    }
    const events = (sourcesOf.get(url) ?? []).map(({ ev, s }) => ({
      type: (s.type ?? ev.type) as EventType, parties: ev.parties.map(nameOf), date: s.date ?? null, what: s.what ?? ev.what, evidence: s.evidence ?? '', idHint: ev.id,
    }));
    return { url, title: a.title ?? null, site: a.site ?? null, publishedTime: a.publishedTime ?? null, analysedAt: a.analysedAt, forms, events };
  });
}
