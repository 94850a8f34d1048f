// The partnership memory's records: what every analysed article adds to one local timeline per company.
// Pure data, shared by the merge rules (utils/memory), the IndexedDB store (extension/memory) and the views.

import type { EntityType, EventType } from '../types';

/** One analysed article, as remembered. Re-analysing the same URL replaces it and everything it brought. */
export interface MemoryArticle {
  /** normalised URL (no hash, no tracking parameters): the article's identity */
  url: string;
  title: string | null;
  site: string | null;
  publishedTime: string | null;
  /** ISO timestamp of the analysis */
  analysedAt: string;
  /** keys of the entities (organisations, people) it names */
  entityKeys: string[];
}

/** An organisation or a person, one record across articles. */
export interface MemoryEntity {
  /** merge key: normalised name without legal suffixes ("microsoft" for "Microsoft Corp.") */
  key: string;
  /** the fullest name seen ("Microsoft Corp." stays "Microsoft" if that is what most articles say) */
  name: string;
  type: Extract<EntityType, 'organization' | 'person'>;
  /** every other form seen across articles ("MSFT", "Microsoft Corporation") */
  aliases: string[];
  /** URLs of the articles that name it */
  articleUrls: string[];
}

/** Where an event was read: one article's sentence. */
export interface MemorySource {
  url: string;
  site: string | null;
  title: string | null;
  /** the article's publication date */
  publishedTime: string | null;
  /** the date this article gives the event (ANALYSIS.md date grammar), null when it gives none */
  date: string | null;
  what: string;
  evidence: string;
}

/** One event, however many articles report it. */
export interface MemoryEvent {
  /** stable id: derived from type family, party keys and the coarsest date, so re-reporting finds it */
  id: string;
  type: EventType;
  /** entity keys of the parties, sorted */
  parties: string[];
  /** the most precise date any source gives (ANALYSIS.md grammar), null when none does */
  date: string | null;
  /** true when sources give dates that do not overlap: the view shows every one of them */
  conflicting: boolean;
  /** the phrase of the source with the most precise date */
  what: string;
  sources: MemorySource[];
}

/** An entity's neighbours: who it is linked to through events, by event type. */
export interface MemoryRelation {
  key: string;
  name: string;
  type: MemoryEntity['type'];
  /** event type -> number of events linking the two */
  counts: Partial<Record<EventType, number>>;
}

export interface EntityTimeline {
  entity: MemoryEntity;
  /** dated events in order, undated last */
  events: MemoryEvent[];
  relations: MemoryRelation[];
}

export type SearchHit =
  | { kind: 'entity'; key: string; name: string; type: MemoryEntity['type']; events: number }
  | { kind: 'event'; id: string; what: string; date: string | null; parties: string[] };

/** An event from other remembered articles that links the current article's main organisations. */
export interface EarlierEvent {
  event: MemoryEvent;
  /** the source to show first: not the current article */
  source: MemorySource;
}

export interface MemoryStats {
  articles: number;
  entities: number;
  events: number;
}

/** The whole memory as one file. `version` is the schema version; import migrates older ones. */
export interface MemoryExport {
  format: 'newslens-memory';
  version: number;
  exportedAt: string;
  articles: MemoryArticle[];
  entities: MemoryEntity[];
  events: MemoryEvent[];
}

export interface ImportResult {
  articles: number;
  events: number;
}

/**
 * The store, implemented over IndexedDB in extension/memory (fake-indexeddb in Node tests).
 * Every write is one transaction: an article is stored fully or not at all.
 */
export interface Memory {
  /** store one page analysis; replaces that URL's earlier contribution */
  remember(analysis: import('../types').Analysis, analysedAt?: string): Promise<void>;
  /** remove an article and every event left with no source */
  forget(url: string): Promise<void>;
  isRemembered(url: string): Promise<boolean>;
  /** by key, name or alias */
  entityTimeline(name: string): Promise<EntityTimeline | null>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  articles(): Promise<MemoryArticle[]>;
  /** events from other articles linking this article's main organisations, most recent first */
  earlier(analysis: import('../types').Analysis, limit?: number): Promise<EarlierEvent[]>;
  stats(): Promise<MemoryStats>;
  exportAll(): Promise<MemoryExport>;
  /** merges; importing the same file twice adds nothing */
  importAll(data: unknown): Promise<ImportResult>;
  clear(): Promise<void>;
}
