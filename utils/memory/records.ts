// What the store keeps beyond the shared records: the counts that make every article's contribution
// removable, so forgetting or re-analysing an article undoes exactly what it added.

import type { EventType } from '../types';
import type { MemoryArticle, MemoryEntity, MemoryEvent, MemorySource } from './types';

/** One article's say about one entity: the form it uses as the name and its other forms. */
export interface EntityForm {
  key: string;
  name: string;
  type: MemoryEntity['type'];
  aliases: string[];
}

/**
 * The entity as stored. Its articles are not in the record but found through the articles' `entityKeys`
 * index, so a name in thousands of articles ("Nasdaq") keeps a small record that each write copies quickly.
 */
export interface StoredEntity extends Omit<MemoryEntity, 'articleUrls'> {
  /** merge keys of every form seen (multiEntry index: "ftc" finds "Federal Trade Commission") */
  aliasKeys: string[];
  /** form -> articles that use it as the name (their sum: the articles naming the entity) */
  nameCounts: Record<string, number>;
  /** form -> articles that give it as another form */
  aliasCounts: Record<string, number>;
}

/** A source also keeps the type its article gave, so the event's type can be recomputed when one leaves. */
export interface StoredSource extends MemorySource {
  type: EventType;
}

export interface StoredEvent extends MemoryEvent {
  /** family and parties (index): the events a new report may belong to */
  sig: string;
  sources: StoredSource[];
}

/** What one article added: undone in full by forget and by re-analysis. */
export interface Contribution {
  url: string;
  entities: EntityForm[];
  eventIds: string[];
}

/** An article in an export file carries its own forms, so an import replays it exactly. */
export interface ExportedArticle extends MemoryArticle {
  names?: EntityForm[];
}
