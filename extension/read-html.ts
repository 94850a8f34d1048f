// A large page's serialised HTML read off the page: parsed with the browser's own DOMParser where one
// exists outside the page (Chrome's offscreen document, Firefox's background page). A parsed document has
// no browsing context: its scripts never run and nothing in it is fetched.

import { readDocument, type PageReading } from '../utils/read-document';

export function readHtml(html: string, url: string, today = new Date()): PageReading {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // the document is thrown away afterwards, so Readability may work on it in place
  return readDocument(doc, { url, today, clone: false });
}
