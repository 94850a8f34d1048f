// Small Analysis objects for the memory tests: only what the memory reads is filled in.

import type { Analysis, EntityType, EventType } from '../../utils/types';

export type E = [name: string, type: EntityType, aliases?: string[], mentions?: number];
export type V = [type: EventType, parties: string[], date: string | null, what?: string];

export function analysis(url: string, entities: E[], timeline: V[], extra: Partial<Analysis> = {}): Analysis {
  return {
    url, isArticle: true, reason: '', title: `Story at ${url}`, site: new URL(url).hostname, lang: 'en', publishedTime: '2025-01-23',
    authors: [], bylines: [], text: '', wordCount: 100, readingMinutes: 1, summary: [], timeExpressions: [], timings: {},
    entities: entities.map(([name, type, aliases = [], mentions = 1]) => ({ name, type, aliases, mentions })),
    timeline: timeline.map(([type, parties, date, what]) => ({ type, parties, date, what: what ?? `${parties.join(' and ')} ${type}`, evidence: `${parties.join(' and ')} did a ${type}.` })),
    ...extra,
  };
}

let n = 0;
/** A database name no other test uses: each test starts from an empty memory. */
export const freshName = (): string => `memory-test-${process.pid}-${++n}`;
