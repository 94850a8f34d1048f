// Whether a page is one article, rather than a home page, section front, search results or an app shell.
// isProbablyReaderable only asks "is there enough text somewhere"; a section front full of teasers passes
// that, so the prose Readability kept is weighed against the page's links and teaser headings too.

import type { PageMeta } from './metadata';
import { countWords } from '../text/word-count';

export interface ArticleVerdict {
  isArticle: boolean;
  reason: string;
}

const NON_ARTICLE_PATH = /\/(search|tag|tags|topics?|category|categories|section|author|authors|page\/\d+)(\/|$|\?)|[?&](q|s|query)=/i;

export function judgeArticle(readerable: boolean, text: string, meta: PageMeta, url: string): ArticleVerdict {
  const words = countWords(text);
  const paragraphs = text.split('\n').filter((p) => countWords(p) >= 25).length;
  const declared = /article/i.test(meta.ogType ?? '') || meta.article !== null;
  if (words < 80) return { isArticle: false, reason: 'The page has too little running text to be an article.' };
  let path = '';
  try {
    path = new URL(url).pathname + new URL(url).search;
  } catch {
    // a file path or nothing: no evidence either way
  }
  if (!declared && (path === '/' || path === '') && /^https?:/.test(url))
    return { isArticle: false, reason: 'This looks like a home page, not an article.' };
  if (!declared && NON_ARTICLE_PATH.test(path))
    return { isArticle: false, reason: 'This looks like a list of stories or search results, not an article.' };
  if (declared && paragraphs >= 1) return { isArticle: true, reason: 'The page declares itself an article.' };
  // teaser lists were already cut from the text, so what remains of a readerable page is prose
  if (readerable && (paragraphs >= 2 || words >= 120)) return { isArticle: true, reason: 'The page reads as one article.' };
  if (paragraphs >= 4) return { isArticle: true, reason: 'The page has several paragraphs of running text.' };
  return { isArticle: false, reason: 'The page does not read as one article (too little connected prose).' };
}
