// STUB: replaced by the bylines stage.
import type { Byline } from '../types';
import type { JsonLdNode } from '../extract/json-ld';

export interface AuthorHints {
  jsonLd: JsonLdNode[];
  article: JsonLdNode | null;
}

/** The article's own authors, one clean person name each, in byline order. Runs on the unmodified page. */
export function findAuthors(_doc: Document, _hints: AuthorHints): string[] {
  return [];
}

/** A byline string as written ("By A, B and C/Jan 23, 2025") split into people and a date. */
export function splitByline(_text: string, _today?: Date): { names: string[]; date: string | null } {
  return { names: [], date: null };
}

/** Every byline on the page in document order, the article's and those of teasers. */
export function findPageBylines(_doc: Document, _today?: Date): Byline[] {
  return [];
}
