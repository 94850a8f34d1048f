// Times the real toolbar popup from inside it: from its first contentful paint (the start-up any popup
// pays) to the moment a result (the analysis, or a final status) is committed to its DOM.
// The popup is not a Playwright page, so an extension page of ours reaches it via getViews (same process,
// same origin) and hangs a MutationObserver on it as soon as its document exists, long before a result.

import type { Page } from 'playwright-core';

export interface PopupTiming {
  /** popup clock, ms since its navigation started */
  firstPaint: number;
  result: number;
  /** the same moment in ms since the epoch, to set against the toolbar click */
  resultAt: number;
  /** 'ready' for an analysis, else the status shown (not-article, restricted, error) */
  state: string;
  /** the popup's data-cached flag: 'true' means it showed a stored result instead of analysing */
  cached: string | null;
}

// tsx (esbuild keepNames) wraps named functions in __name(), which does not exist in the browser
const NAME_SHIM = 'globalThis.__name ??= (f) => f; undefined';
export const shimNames = (page: Page): Promise<void> => page.evaluate(NAME_SHIM);

/** Closes any open real popup and waits until it is gone, so the next one watched is the next one opened. */
export const closePopups = (extPage: Page): Promise<void> =>
  extPage.evaluate(async () => {
    const open = () => chrome.extension.getViews({ type: 'popup' }) as unknown as Array<typeof window>;
    open().forEach((w) => w.close());
    for (let i = 0; i < 200 && open().length; i++) await new Promise((r) => setTimeout(r, 5));
  });

/** Start this, then open the popup; resolves once the popup shows a result. */
export function watchPopup(extPage: Page, timeoutMs = 30000): Promise<PopupTiming> {
  return extPage.evaluate(
    (timeout) =>
      new Promise<PopupTiming>((resolve, reject) => {
        const until = performance.now() + timeout;
        setTimeout(() => reject(new Error(`no popup result within ${timeout} ms`)), timeout);
        const views = () => chrome.extension.getViews({ type: 'popup' }) as unknown as Array<typeof window>;
        const resultIn = (d: Document) => d.querySelector('[data-testid=analysis], [data-testid=status]:not([data-state=analysing])');
        const report = (w: typeof window, result: number) => {
          const paint = w.performance.getEntriesByName('first-contentful-paint')[0] ?? w.performance.getEntriesByName('first-paint')[0];
          // the first frame is normally long painted by now; wait for it if not
          if (!paint && performance.now() < until) return void setTimeout(() => report(w, result), 5);
          const state = resultIn(w.document)?.getAttribute('data-state') ?? 'ready';
          const cached = w.document.querySelector('[data-testid=popup]')?.getAttribute('data-cached') ?? null;
          resolve({ firstPaint: paint?.startTime ?? NaN, result, resultAt: w.performance.timeOrigin + result, state, cached });
        };
        const watch = (w: typeof window) => {
          if (resultIn(w.document)) return reject(new Error('the popup showed its result before it could be watched'));
          const mo = new w.MutationObserver(() => {
            if (!resultIn(w.document)) return;
            const at = w.performance.now();
            mo.disconnect();
            report(w, at);
          });
          mo.observe(w.document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-testid'] });
        };
        const poll = () => {
          // the view is listed once popup.html is committed; earlier it would be the initial blank document
          const w = views().find((v) => v.location.pathname.endsWith('/popup.html'));
          if (w) return watch(w);
          if (performance.now() < until) setTimeout(poll, 1);
        };
        poll();
      }),
    timeoutMs,
  );
}
