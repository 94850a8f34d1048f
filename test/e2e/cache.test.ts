// Results are cached per tab in storage.session: instant on reopening, kept across a service-worker
// restart, dropped when the tab navigates or closes, and never shown for another page.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForCache } from './support/page-probes';
import { useBrowser } from './support/setup';

const s = useBrowser();

async function shown(popup: Page) {
  await popup.getByTestId('analysis').waitFor();
  return {
    cached: await popup.getByTestId('popup').getAttribute('data-cached'),
    title: await popup.getByTestId('title').textContent(),
    summary: await popup.getByTestId('summary').locator('li').allTextContents(),
  };
}

describe('per-tab cache', () => {
  let page: Page;
  let tabId: number;

  it('the first popup analyses the page and stores the result with its URL', async () => {
    page = await s.h.context.newPage();
    await page.goto(`${s.server.origin}/pages/sample-article.html`);
    tabId = await s.h.grantActiveTab(page);
    const popup = await s.h.openPopup(tabId);
    expect((await shown(popup)).cached).toBe('false');
    const entry = await waitForCache(s.h, tabId);
    expect(entry.url).toBe(page.url());
    await popup.close();
  });

  it('after the service worker is stopped, reopening the popup shows the cached result at once', async () => {
    const before = (await s.h.readCache(tabId))!;
    await s.h.stopServiceWorker();
    expect(await s.h.workerRuns()).toBe(false);
    const started = Date.now();
    const popup = await s.h.openPopup(tabId);
    const view = await shown(popup);
    const took = Date.now() - started;
    expect(view.cached).toBe('true');
    expect(view.summary).toEqual(before.analysis.summary);
    expect(took).toBeLessThan(2000);
    expect(await s.h.workerRuns()).toBe(true); // the popup's message woke a fresh worker
    await popup.close();
  });

  it('never shows a result made from another page', async () => {
    const real = (await s.h.readCache(tabId))!;
    const stale = { ...real, url: `${s.server.origin}/pages/some-other-story.html`, analysis: { ...real.analysis, title: 'STALE RESULT' } };
    await s.h.extPage.evaluate(([key, value]) => chrome.storage.session.set({ [key]: value }), [`tab-${tabId}`, stale] as const);
    const popup = await s.h.openPopup(tabId);
    const view = await shown(popup);
    expect(view.title).not.toBe('STALE RESULT');
    expect(view.cached).toBe('false');
    await popup.close();
  });

  it('navigating the tab drops its result', async () => {
    expect(await s.h.readCache(tabId)).not.toBeNull();
    await page.goto(`${s.server.origin}/pages/section-front.html`);
    await expect.poll(() => s.h.readCache(tabId)).toBeNull();
    // and the popup on the new page shows that page, not the article
    const popup = await s.h.openPopup(tabId);
    const status = popup.locator('[data-testid=status]:not([data-state=analysing])');
    await status.waitFor();
    expect(await popup.getByTestId('title').count()).toBe(0);
    await popup.close();
  });

  it('closing the tab drops its result', async () => {
    const other = await s.h.context.newPage();
    await other.goto(`${s.server.origin}/pages/sample-article.html?closing`);
    const otherId = await s.h.grantActiveTab(other);
    await (await s.h.openPopup(otherId)).getByTestId('analysis').waitFor();
    await waitForCache(s.h, otherId);
    await other.close();
    await expect.poll(() => s.h.readCache(otherId)).toBeNull();
  });
});
