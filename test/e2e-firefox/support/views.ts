// Waits for what a Newslens view settles on: the analysis, or a status that is not "analysing".
// The sidebar lives in a shadow root, and puppeteer's `>>>` waits watch the document's mutations only:
// a sidebar that first says "analysing" and then fills in (a first analysis slower than 120 ms) is never
// seen. These waits poll on a timer instead, and a failure says what the reader had on screen.

import type { Page } from 'puppeteer-core';

export type Where = 'sidebar' | 'page';

export interface Shown {
  /** 'ready' for an analysis, else the status shown: 'not-article', 'restricted', 'error'… */
  state: string;
  /** the status's words, or the analysis's scope line */
  message: string;
}

/** What the view shows now; null while nothing is there or it is still analysing. Runs in the page. */
function look(where: Where): Shown | null {
  const root = where === 'sidebar' ? document.querySelector('newslens-sidebar')?.shadowRoot : document;
  if (!root) return null;
  if (root.querySelector('[data-testid=analysis]')) return { state: 'ready', message: root.querySelector('.nl-scope')?.textContent ?? '' };
  const status = root.querySelector('[data-testid=status]');
  const state = status?.getAttribute('data-state');
  if (!status || !state || state === 'analysing') return null;
  return { state, message: status.textContent ?? '' };
}

/** Polls until the view settles; on a timeout, throws with what was on screen then. */
export async function settledView(page: Page, where: Where, timeout = 30_000): Promise<Shown> {
  try {
    const handle = await page.waitForFunction(look, { polling: 100, timeout }, where);
    return (await handle.jsonValue()) as Shown;
  } catch (e) {
    const now = await page
      .evaluate((w: Where) => {
        const host = document.querySelector('newslens-sidebar');
        const root = w === 'sidebar' ? host?.shadowRoot : document;
        return w === 'sidebar' && !host ? 'no sidebar in the page' : (root?.textContent ?? '').slice(0, 300) || 'an empty view';
      }, where)
      .catch((err: unknown) => `the page could not be read (${String(err)})`);
    throw new Error(`the ${where} view did not settle within ${timeout} ms; it showed: ${now}`, { cause: e });
  }
}

/** Waits for the analysis itself; anything else it settled on fails with the reader's message. */
export async function analysisShown(page: Page, where: Where, timeout?: number): Promise<Shown> {
  const shown = await settledView(page, where, timeout);
  if (shown.state !== 'ready') throw new Error(`the ${where} shows "${shown.state}" instead of an analysis: ${shown.message}`);
  return shown;
}
