// The text half of the pipeline: entities -> times -> timeline -> summary over what the DOM stages read
// (read-document.ts). It needs no Document, so the extension's background runs it without a DOM library.

import type { Analysis } from './types';
import type { PageHead, PageReading } from './read-document';
import { findEntities } from './entities';
import { findTimes } from './times';
import { summarize } from './summary';
import { buildTimeline } from './timeline';
import { splitSentences } from './text/sentences';
import { cleanText } from './text/sanitize';
import { now, since } from './timing';
import { countWords, readingMinutes } from './text/word-count';

export interface TextOptions {
  /** the day relative dates fall back on when the page gives no publication date */
  today?: Date;
  /** summary length, 1 to 7 sentences */
  summarySentences?: number;
}

type TextFields = Pick<Analysis, 'summary' | 'entities' | 'timeExpressions' | 'timeline'>;

/** Stages that need only prose: shared by page analysis and "analyze selection". */
export function analyzeProse(
  text: string,
  ctx: { published: string | null; today: Date; summarySentences: number; lang?: string | null },
  timings: Record<string, number>,
): TextFields {
  let t = now();
  const lap = (name: string): void => {
    timings[name] = since(t);
    t = now();
  };
  const sentences = splitSentences(text);
  const { entities, mentions } = findEntities(text, sentences, ctx.lang ?? null);
  lap('entities');
  const anchor = ctx.published ?? ctx.today.toISOString().slice(0, 10);
  const times = findTimes(text, anchor);
  lap('times');
  // the timeline runs first so the summary can favour sentences that state events
  const timeline = buildTimeline({ sentences, entities, mentions, times, published: anchor });
  lap('timeline');
  const summary = summarize(sentences, entities, ctx.summarySentences, { eventSentences: new Set(timeline.filter((e) => e.type !== 'other').map((e) => e.evidence)) });
  lap('summary');
  return { summary, entities, timeExpressions: times.map(({ text: tx, value }) => ({ text: tx, value })), timeline };
}

/** The text stages over what the DOM stages read: the half of the pipeline that needs no Document. */
export function analyzeReading(reading: PageReading, opts: TextOptions = {}): Analysis {
  const start = now();
  const timings: Record<string, number> = { ...reading.timings };
  const { text, publishedTime: published, lang } = reading;
  const ctx = { published, today: opts.today ?? new Date(), lang, summarySentences: clampSummary(opts.summarySentences) };
  const prose = analyzeProse(text, ctx, timings);
  timings.total = Math.round(((timings.extract ?? 0) + since(start)) * 100) / 100;
  const { url, isArticle, reason, title, site, authors, bylines } = reading;
  // the fields in the contract's order, as the command line has always printed them
  return { url, isArticle, reason, title, site, lang, publishedTime: published, authors, bylines, text, wordCount: countWords(text), readingMinutes: readingMinutes(text), ...prose, timings };
}

export const clampSummary = (n: number | undefined): number => Math.min(7, Math.max(1, Math.round(n ?? 3)));

/** The text stages over what the reader selected, titled and dated by the page it came from. */
export function analyzeSelectedText(head: PageHead, selected: string, opts: TextOptions = {}): Analysis {
  // the selection is page text like any other: markup-looking runs and control characters go
  const text = cleanText(selected).replace(/[ \t]+\n/g, '\n').trim();
  const reading: PageReading = { ...head, isArticle: true, reason: 'The text you selected on this page.', authors: [], bylines: [], text, timings: {} };
  return analyzeReading(reading, opts);
}
