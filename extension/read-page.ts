// Content-script side of reading a page. A page of ordinary size is read where it is, on its own DOM at
// native speed (metadata, bylines, Readability on a clone): only plain results travel to the background.
// A page so large that this would hold the reader's tab (see PAGE_LIMITS) is only serialised, and parsed
// off the page's main thread (offscreen document in Chrome, background page in Firefox).

import { readDocument, readPageHead } from '../utils/read-document';
import type { PageSnapshot, ReadScope } from './messages';

// Chrome refuses messages over 64 MiB once JSON-encoded (quotes and newlines grow when escaped):
// past this, say the page is too large rather than fail somewhere in the messaging layer.
export const MAX_PAGE_CHARS = 24_000_000;

// Reading in place is one task on the page, about Readability's own parse plus a few ms on ordinary
// pages. The 181 AEB news pages have at most 1,600 elements, 420,000 characters of text (scripts
// included) and 1.5 MB of HTML; each limit is well past that, and well short of the huge pages
// (scripts/lib/huge-pages.ts), which must not hold the page's thread at all.
export const PAGE_LIMITS = { elements: 5_000, textChars: 500_000, servedBytes: 2_000_000 };

/** The page's HTML as served, in bytes, from its navigation entry (0 where the browser gives none). */
function servedBytes(): number {
  if (typeof performance === 'undefined' || !performance.getEntriesByType) return 0;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.decodedBodySize ?? 0;
}

/** Cheap to ask even of a huge page: the served size, a live collection's length and one text read. */
export function fitsOnPage(doc: Document): boolean {
  // megabytes of markup in attributes (inline images) cost Readability more than their few elements say
  if (servedBytes() > PAGE_LIMITS.servedBytes) return false;
  // the live collection is the browser's fast count; linkedom (tests, Node) answers '*' with nothing
  const elements = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (elements > PAGE_LIMITS.elements) return false;
  return (doc.body?.textContent?.length ?? 0) <= PAGE_LIMITS.textChars;
}

export function readPage(doc: Document, url: string, scope: ReadScope = 'page', today = new Date()): PageSnapshot {
  const contentType = doc.contentType || 'text/html';
  // Chrome's PDF viewer lets the script in but there is no article text to read
  if (contentType === 'application/pdf' || !doc.documentElement) return { url, contentType, html: null, size: 0 };
  const opts = { url, today, clone: true };
  // a selection needs only the page's title, site and date: a few lookups, whatever the page's size
  if (scope === 'selection') return { url, contentType, html: null, size: 0, head: readPageHead(doc, opts) };
  if (fitsOnPage(doc)) return { url, contentType, html: null, size: 0, reading: readDocument(doc, opts) };
  // outerHTML reads the live DOM (what the reader sees after the page's scripts ran); it never parses
  const html = doc.documentElement.outerHTML;
  return html.length > MAX_PAGE_CHARS ? { url, contentType, html: null, size: html.length } : { url, contentType, html, size: html.length };
}
