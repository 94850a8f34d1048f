// The Analysis contract of ../shared/ANALYSIS.md. Every stage returns plain, serialisable data.

export interface Byline {
  name: string;
  date: string | null;
  /** the byline as written on the page, "By Jane Roe/Jan 23, 2025" */
  text: string;
}

export type EntityType = 'person' | 'organization' | 'product' | 'place' | 'money' | 'other';

export interface Entity {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export interface TimeExpression {
  text: string;
  value: string;
}

export type EventType =
  | 'investment'
  | 'partnership'
  | 'acquisition'
  | 'regulatory'
  | 'product'
  | 'hire'
  | 'ended'
  | 'ipo'
  | 'other';

export interface TimelineEvent {
  date: string | null;
  parties: string[];
  type: EventType;
  what: string;
  evidence: string;
}

export interface Analysis {
  url: string;
  isArticle: boolean;
  /** why the page is or is not taken for an article, in words a reader understands */
  reason: string;
  title: string | null;
  site: string | null;
  lang: string | null;
  publishedTime: string | null;
  authors: string[];
  bylines: Byline[];
  text: string;
  wordCount: number;
  readingMinutes: number;
  summary: string[];
  entities: Entity[];
  timeExpressions: TimeExpression[];
  timeline: TimelineEvent[];
  timings: Record<string, number>;
}
