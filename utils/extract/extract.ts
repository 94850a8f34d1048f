// Stage 1: Readability over the document, plus the metadata news sites need beyond it.

import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blockText } from './body-text';
import { cleanContent } from './clean-content';
import { flattenDeepNesting } from './flatten-depth';
import { judgeArticle } from './is-article';
import { bylineFilter } from './readability-byline';
import { cleanTitle, readPageMeta, siteFromTitle, type PageMeta } from './metadata';
import { parseDate } from '../text/dates';
import type { Analysis } from '../types';

export interface Extracted extends Pick<Analysis, 'isArticle' | 'reason' | 'title' | 'site' | 'lang' | 'publishedTime'> {
  /** Readability's byline string, for the bylines stage */
  byline: string | null;
  text: string;
  meta: PageMeta;
}

export interface ExtractOptions {
  url: string;
  today: Date;
  /** Readability rewrites the DOM it parses; pass false only for a throwaway document (the CLI). */
  clone?: boolean;
  /** metadata already read from the untouched page */
  meta?: PageMeta;
}

export function extract(doc: Document, opts: ExtractOptions): Extracted {
  // metadata first: Readability removes the scripts and <meta> we read
  const meta = opts.meta ?? readPageMeta(doc, opts.today);
  // a page that declares itself an article needs no second opinion, and the check scans the whole page
  const declared = /article/i.test(meta.ogType ?? '') || meta.article !== null;
  const readerable = declared || isProbablyReaderable(doc);
  const work = opts.clone === false ? doc : (doc.cloneNode(true) as Document);
  const titleEl = doc.querySelector('title')?.textContent ?? null;
  const ownByline = bylineFilter(doc);
  flattenDeepNesting(work.body);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(work, { serializer: (n) => n, keepClasses: true }).parse();
  } catch {
    parsed = null;
  }
  if (parsed?.content) cleanContent(parsed.content as Element);
  const text = parsed?.content ? blockText(parsed.content) : '';
  const verdict = judgeArticle(readerable, text, meta, opts.url);
  const title = cleanTitle(parsed?.title ?? titleEl, meta);
  return {
    ...verdict,
    title,
    site: meta.site ?? parsed?.siteName ?? siteFromTitle(titleEl?.replace(/\s+/g, ' ').trim() ?? null, title),
    lang: meta.lang ?? parsed?.lang ?? null,
    publishedTime: meta.published ?? parseDate(parsed?.publishedTime, opts.today),
    byline: ownByline(parsed?.byline?.trim() || null),
    text,
    meta,
  };
}
