// The bylines stage: who wrote the article, and every byline the page shows (teasers and related items too).
// Runs on the page as served, before Readability strips it.

import type { Byline } from '../types';
import type { JsonLdNode } from '../extract/json-ld';
import { findArticleAuthors } from './article-authors';
import { bylinesOf, findPageBylines as scanPage, scanBylines } from './page-bylines';
import { splitByline as split } from './split-byline';

export interface AuthorHints {
  jsonLd: JsonLdNode[];
  article: JsonLdNode | null;
  /** the article's publication date, for a sign-off line that prints none */
  published?: string | null;
}

/** The article's own authors, one clean person name each, in byline order. Runs on the unmodified page. */
export function findAuthors(doc: Document, hints: AuthorHints): string[] {
  return findArticleAuthors(doc, hints);
}

/** A byline string as written ("By A, B and C/Jan 23, 2025") split into people and a date. */
export function splitByline(text: string, today?: Date): { names: string[]; date: string | null } {
  return split(text, today);
}

/** Every byline on the page in document order, the article's and those of teasers. */
export function findPageBylines(doc: Document, today?: Date, published?: string | null): Byline[] {
  return scanPage(doc, today, published ?? null);
}

export { cleanName } from './clean-name';

/** Both lists from one walk of the page: the article's authors and every byline on it. */
export function readBylines(doc: Document, hints: AuthorHints, today?: Date): { authors: string[]; bylines: Byline[] } {
  const found = Array.from(scanBylines(doc, today));
  return { authors: findArticleAuthors(doc, hints, found), bylines: bylinesOf(found, hints.published ?? null) };
}
