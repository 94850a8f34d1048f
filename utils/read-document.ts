// The DOM-reading half of the pipeline (metadata, bylines, Readability): it needs a Document and returns
// plain, serialisable data, so it can run where the DOM is (the page's content script, an offscreen
// document, Node with linkedom) while the text stages run elsewhere (analyze.ts).

import type { Analysis } from './types';
import { extract } from './extract/extract';
import { readPageMeta } from './extract/metadata';
import { readBylines, splitByline } from './bylines';
import { cleanDeep, cleanText } from './text/sanitize';
import { now, since } from './timing';

/** What the DOM stages found on a page: every field of the Analysis that the text stages do not make. */
export type PageReading = Pick<Analysis, 'url' | 'isArticle' | 'reason' | 'title' | 'site' | 'lang' | 'publishedTime' | 'authors' | 'bylines' | 'text'> & {
  timings: Record<string, number>;
};

/** What "analyze selection" needs of the page the text came from. */
export type PageHead = Pick<Analysis, 'url' | 'title' | 'site' | 'lang' | 'publishedTime'>;

export interface ReadOptions {
  url: string;
  /** the day relative dates fall back on when the page gives no publication date */
  today?: Date;
  /** false only for a throwaway document: Readability rewrites what it parses */
  clone?: boolean;
}

const tidy = (s: string | null): string | null => s && cleanText(s).trim();

export function readDocument(doc: Document, opts: ReadOptions): PageReading {
  const start = now();
  const today = opts.today ?? new Date();
  // a document with no root element (an empty or binary file) has nothing to read
  if (!doc.documentElement || !doc.body) return emptyReading(opts.url, 'The page has no content to read.');
  // bylines read the page as served, before Readability strips it
  const meta = readPageMeta(doc, today);
  const read = readBylines(doc, meta, today);
  const bylines = cleanDeep(read.bylines);
  const ex = extract(doc, { url: opts.url, today, clone: opts.clone, meta });
  const authors = cleanDeep(read.authors.length ? read.authors : splitByline(ex.byline ?? '', today).names);
  const text = ex.text.split('\n').map((p) => cleanText(p).trim()).filter(Boolean).join('\n');
  return {
    url: opts.url,
    isArticle: ex.isArticle,
    reason: ex.reason,
    title: tidy(ex.title),
    site: tidy(ex.site),
    lang: tidy(ex.lang),
    publishedTime: ex.publishedTime ?? bylines.find((b) => b.date)?.date ?? null,
    authors,
    bylines,
    text,
    timings: { extract: since(start) },
  };
}

/** Title, site, language and date of a page, without Readability: what a selection is labelled with. */
export function readPageHead(doc: Document, opts: ReadOptions): PageHead {
  const meta = readPageMeta(doc, opts.today ?? new Date());
  return { url: opts.url, title: tidy(meta.ogTitle ?? (doc.title?.trim() || null)), site: tidy(meta.site), lang: meta.lang, publishedTime: meta.published };
}

export function emptyReading(url: string, reason: string): PageReading {
  return { url, isArticle: false, reason, title: null, site: null, lang: null, publishedTime: null, authors: [], bylines: [], text: '', timings: {} };
}
