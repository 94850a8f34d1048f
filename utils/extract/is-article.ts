// Whether a page is one article, rather than a home page, section front, search results or an app shell.
// isProbablyReaderable only asks "is there enough text somewhere"; a section front full of teasers passes
// that, so the prose Readability kept is weighed against the page's links and teaser headings too.

import type { PageMeta } from './metadata';

export interface ArticleVerdict {
  isArticle: boolean;
  reason: string;
}

const NON_ARTICLE_PATH = /\/(search|tag|tags|topics?|category|categories|section|author|authors|page\/\d+)(\/|$|\?)|[?&](q|s|query)=/i;

export function judgeArticle(readerable: boolean, text: string, meta: PageMeta, url: string): ArticleVerdict {
  const words = text ? text.split(/\s+/).length : 0;
  const paragraphs = text.split('\n').filter((p) => p.split(/\s+/).length >= 25).length;
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
  if (paragraphs >= 2 && readerable) return { isArticle: true, reason: 'The page reads as one article.' };
  if (paragraphs >= 4) return { isArticle: true, reason: 'The page has several paragraphs of running text.' };
  return { isArticle: false, reason: 'The page does not read as one article (too little connected prose).' };
}
