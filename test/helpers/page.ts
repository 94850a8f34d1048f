// Helpers for tests: a DOM from HTML in Node, and the whole pipeline over it.

import { parseHTML } from 'linkedom';
import { analyzeDocument, type AnalyzeOptions } from '../../utils/analyze';
import type { Analysis } from '../../utils/types';

export const dom = (html: string): Document => parseHTML(html).document as unknown as Document;

export function analyzeHtml(html: string, opts: Partial<AnalyzeOptions> = {}): Analysis {
  return analyzeDocument(dom(html), { url: 'https://news.example/2024/05/story', clone: false, ...opts });
}

const FILLER =
  'The company said the plan would take several quarters to complete and that it expected costs to rise before they fall. ' +
  'Analysts who follow the sector said the move was widely expected and reflected pressure from larger rivals. ';

/** A plain news article page with the given paragraphs, long enough to be read as one article. */
export function articlePage(paragraphs: string[], head = '', byline = ''): string {
  return `<!doctype html><html lang="en"><head><title>Test story | Example News</title>${head}</head><body>
  <header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
  <main><article><h1>Test story</h1>${byline}
  ${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
  <p>${FILLER.repeat(2)}</p><p>${FILLER}</p>
  </article></main><footer>© Example News</footer></body></html>`;
}
