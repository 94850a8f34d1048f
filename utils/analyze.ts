// The whole pipeline, the same in the extension's background and in Node:
// extract -> bylines -> entities -> times -> timeline -> summary (the summary favours event sentences).

import type { Analysis } from './types';
import { extract } from './extract/extract';
import { readPageMeta } from './extract/metadata';
import { readBylines, splitByline } from './bylines';
import { findEntities } from './entities';
import { findTimes } from './times';
import { summarize } from './summary';
import { buildTimeline } from './timeline';
import { splitSentences } from './text/sentences';
import { cleanDeep, cleanText } from './text/sanitize';
import { countWords, readingMinutes } from './text/word-count';

export interface AnalyzeOptions {
  url: string;
  /** the day relative dates fall back on when the page gives no publication date */
  today?: Date;
  /** summary length, 1 to 7 sentences */
  summarySentences?: number;
  /** false only for a throwaway document: Readability rewrites what it parses */
  clone?: boolean;
}

type TextFields = Pick<Analysis, 'summary' | 'entities' | 'timeExpressions' | 'timeline'>;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** milliseconds since `t`, to two decimals */
const since = (t: number): number => Math.round((now() - t) * 100) / 100;

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

export function analyzeDocument(doc: Document, opts: AnalyzeOptions): Analysis {
  const start = now();
  const today = opts.today ?? new Date();
  const timings: Record<string, number> = {};
  // a document with no root element (an empty or binary file) has nothing to read
  if (!doc.documentElement || !doc.body) return emptyAnalysis(opts.url, 'The page has no content to read.', timings);
  // bylines read the page as served, before Readability strips it
  const meta = readPageMeta(doc, today);
  const read = readBylines(doc, meta, today);
  const pageBylines = cleanDeep(read.bylines);
  const ownAuthors = read.authors;
  const ex = extract(doc, { url: opts.url, today, clone: opts.clone, meta });
  const authors = cleanDeep(ownAuthors.length ? ownAuthors : splitByline(ex.byline ?? '', today).names);
  const text = ex.text.split('\n').map((p) => cleanText(p).trim()).filter(Boolean).join('\n');
  timings.extract = since(start);
  const published = ex.publishedTime ?? pageBylines.find((b) => b.date)?.date ?? null;
  const wordCount = countWords(text);
  const prose = analyzeProse(text, { published, today, lang: ex.lang, summarySentences: clampSummary(opts.summarySentences) }, timings);
  timings.total = since(start);
  return {
    url: opts.url,
    isArticle: ex.isArticle,
    reason: ex.reason,
    title: ex.title && cleanText(ex.title).trim(),
    site: ex.site && cleanText(ex.site).trim(),
    lang: ex.lang && cleanText(ex.lang).trim(),
    publishedTime: published,
    authors,
    bylines: pageBylines,
    text,
    wordCount,
    readingMinutes: readingMinutes(text),
    ...prose,
    timings,
  };
}

export const clampSummary = (n: number | undefined): number => Math.min(7, Math.max(1, Math.round(n ?? 3)));

/** The prose stages over text the reader selected, titled and dated by the page it came from. */
export function analyzeSelection(doc: Document, selected: string, opts: AnalyzeOptions): Analysis {
  const start = now();
  const today = opts.today ?? new Date();
  // the selection is page text like any other: markup-looking runs and control characters go
  const text = cleanText(selected).replace(/[ \t]+\n/g, '\n').trim();
  const meta = readPageMeta(doc, today);
  const title = meta.ogTitle ?? (doc.title?.trim() || null);
  const timings: Record<string, number> = {};
  const prose = analyzeProse(text, { published: meta.published, today, lang: meta.lang, summarySentences: clampSummary(opts.summarySentences) }, timings);
  timings.total = since(start);
  return {
    url: opts.url,
    isArticle: true,
    reason: 'The text you selected on this page.',
    title: title && cleanText(title).trim(),
    site: meta.site && cleanText(meta.site).trim(),
    lang: meta.lang,
    publishedTime: meta.published,
    authors: [],
    bylines: [],
    text,
    wordCount: countWords(text),
    readingMinutes: readingMinutes(text),
    ...prose,
    timings,
  };
}

export function emptyAnalysis(url: string, reason: string, timings: Record<string, number> = {}): Analysis {
  return {
    url, isArticle: false, reason, title: null, site: null, lang: null, publishedTime: null, authors: [], bylines: [],
    text: '', wordCount: 0, readingMinutes: 0, summary: [], entities: [], timeExpressions: [], timeline: [], timings: { ...timings, total: 0 },
  };
}
