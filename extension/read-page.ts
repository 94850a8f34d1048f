// Content-script side of the pipeline: the whole page, or only the text the reader selected.

import type { Analysis } from '../utils/types';
import type { PageReport } from './messages';
import { analyzeDocument, analyzeProse } from '../utils/analyze';
import { readPageMeta } from '../utils/extract/metadata';

const WORDS_PER_MINUTE = 230;

export function readPage(doc: Document, url: string): PageReport {
  // Chrome's PDF viewer lets the script in but there is no article text to read
  if (doc.contentType === 'application/pdf') return { kind: 'pdf' };
  return { kind: 'analysis', analysis: analyzeDocument(doc, { url }) };
}

/** The prose stages over the selected text, dated and titled by the page it came from. */
export function analyzeSelection(doc: Document, url: string, text: string, today = new Date()): Analysis {
  const start = performance.now();
  const meta = readPageMeta(doc, today);
  const title = meta.ogTitle ?? (doc.title.trim() || null);
  const timings: Record<string, number> = {};
  const prose = analyzeProse(text, { title, published: meta.published, today, summarySentences: 3 }, timings);
  timings.total = Math.round((performance.now() - start) * 100) / 100;
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    url,
    isArticle: true,
    reason: 'The text you selected on this page.',
    title,
    site: meta.site,
    lang: meta.lang,
    publishedTime: meta.published,
    authors: [],
    bylines: [],
    text,
    wordCount,
    readingMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
    ...prose,
    timings,
  };
}
