// Background side of a page too large to read in its tab: Firefox's background page parses it itself;
// Chrome's service worker has no DOM and hands it to an offscreen document, made when needed and closed
// when the last page in flight is read (it holds a whole parsed page otherwise).

import { browser, type Browser } from 'wxt/browser';
import type { PageReading } from '../utils/read-document';
import { sendToOffscreen } from './messages';
import { readHtml } from './read-html';

const OFFSCREEN = '/offscreen.html';
let opening: Promise<void> | null = null;
let users = 0;
let closing: Promise<void> = Promise.resolve();

async function openOffscreen(fresh: boolean): Promise<void> {
  await closing;
  const url = browser.runtime.getURL(OFFSCREEN);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType], documentUrls: [url] });
  if (open.length && !fresh) return;
  // left by a worker that was stopped mid-read: it may still be busy with a page nobody waits for
  if (open.length) await browser.offscreen.closeDocument().catch(() => undefined);
  await browser.offscreen.createDocument({ url, reasons: ['DOM_PARSER' as Browser.offscreen.Reason], justification: 'Parse a large page off its tab' });
}

async function viaOffscreen(html: string, url: string): Promise<PageReading> {
  const first = users++ === 0;
  try {
    // one creation at a time: a second createDocument while the first runs is refused
    opening ??= openOffscreen(first).finally(() => (opening = null));
    await opening;
    return await sendToOffscreen('read-html', { html, url });
  } finally {
    if (--users === 0) closing = browser.offscreen.closeDocument().catch(() => undefined);
  }
}

export function readOffPage(html: string, url: string): Promise<PageReading> {
  if (import.meta.env.FIREFOX) return Promise.resolve(readHtml(html, url));
  return viaOffscreen(html, url);
}
