// Content-script side of reading a page: serialise it and nothing else. Parsing and the whole pipeline
// run in the background (see analyze-snapshot.ts), so a huge page never freezes the reader's tab for
// longer than one serialisation, and this script stays a few kilobytes.

import type { PageSnapshot } from './messages';

// Chrome refuses messages over 64 MiB once JSON-encoded (quotes and newlines grow when escaped):
// past this, say the page is too large rather than fail somewhere in the messaging layer.
export const MAX_PAGE_CHARS = 24_000_000;

export function readPage(doc: Document, url: string): PageSnapshot {
  const contentType = doc.contentType || 'text/html';
  // Chrome's PDF viewer lets the script in but there is no article text to read: do not serialise it
  if (contentType === 'application/pdf' || !doc.documentElement) return { url, contentType, html: null, size: 0 };
  // outerHTML reads the live DOM (what the reader sees after the page's scripts ran); it never parses
  const html = doc.documentElement.outerHTML;
  return html.length > MAX_PAGE_CHARS ? { url, contentType, html: null, size: html.length } : { url, contentType, html, size: html.length };
}
