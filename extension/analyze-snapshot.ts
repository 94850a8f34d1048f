// Background side of reading a page: the content script's serialised page is parsed with linkedom (the
// same DOM library the command line uses, so the browser and `npm run analyze` agree) and analysed here,
// in the service worker (Chrome) or the background page (Firefox), never on the page's main thread.
// The parsed document is never rendered or connected to a browsing context: nothing in it can run.

import { parseHTML } from 'linkedom/worker';
import type { Analysis } from '../utils/types';
import { analyzeDocument, analyzeProse } from '../utils/analyze';
import { readPageMeta } from '../utils/extract/metadata';
import { cleanText } from '../utils/text/sanitize';

const WORDS_PER_MINUTE = 230;

// Characters no reader wants shown, cut from the page before parsing (they are never markup): U+FFFD,
// which the browser's parser puts where the page had NUL, a lone surrogate or a bad character reference,
// and the bidi overrides and isolates that let a string reorder whatever is shown after it.
const UNSHOWABLE = /[\uFFFD\u202A-\u202E\u2066-\u2069]/g;
const parse = (html: string): Document => parseHTML(html.replace(UNSHOWABLE, '')).document as unknown as Document;

/** The page's Analysis; the document is thrown away afterwards, so Readability may work on it in place. */
export function analyzeHtml(html: string, url: string, summarySentences?: number): Analysis {
  return analyzeDocument(parse(html), { url, clone: false, summarySentences });
}

/** The prose stages over the text the reader selected, dated and titled by the page it came from. */
export function analyzeSelection(html: string, url: string, selected: string, { today = new Date(), summarySentences = 3 } = {}): Analysis {
  const start = performance.now();
  // the selection is page text like any other: markup-looking runs and control characters go
  const text = cleanText(selected.replace(UNSHOWABLE, '')).replace(/[ \t]+\n/g, '\n').trim();
  const doc = parse(html);
  const meta = readPageMeta(doc, today);
  const title = meta.ogTitle ?? (doc.title.trim() || null);
  const timings: Record<string, number> = {};
  const prose = analyzeProse(text, { title, published: meta.published, today, lang: meta.lang, summarySentences }, timings);
  timings.total = Math.round((performance.now() - start) * 100) / 100;
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    url,
    isArticle: true,
    reason: 'The text you selected on this page.',
    title: title && cleanText(title).trim(),
    site: meta.site && cleanText(meta.site).trim(),
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
