// The popup's states other than a result, each in words a reader understands.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionWorlds } from './support/page-probes';
import { useBrowser } from './support/setup';

const s = useBrowser();

async function open(url: string): Promise<Page> {
  const page = await s.h.context.newPage();
  await page.goto(url);
  return page;
}

/** Clicks the toolbar button on the page and waits for the real popup to settle on a state. */
async function toolbarPopupOn(page: Page) {
  await s.h.clickToolbarButton(page);
  await expect.poll(async () => (await s.h.realPopup())?.state ?? 'closed', { timeout: 10000 }).not.toMatch(/^(closed|analysing|)$/);
  return (await s.h.realPopup())!;
}

async function poppedOutOn(tabId: number) {
  const popup = await s.h.openPopup(tabId);
  const status = popup.locator('[data-testid=status]:not([data-state=analysing])');
  await status.waitFor();
  return { popup, state: await status.getAttribute('data-state'), message: await popup.getByTestId('status-message').textContent() };
}

describe('popup states', () => {
  it('a page of links: "not an article" with the reason, and "Analyse anyway" shows the result', async () => {
    const page = await open(`${s.server.origin}/pages/section-front.html`);
    const tabId = await s.h.grantActiveTab(page);
    const { popup, state, message } = await poppedOutOn(tabId);
    expect(state).toBe('not-article');
    const cached = (await s.h.readCache(tabId))!;
    expect(cached.analysis.isArticle).toBe(false);
    expect(message).toBe(cached.analysis.reason);
    // positive control for the "nothing injected" test below: a page that was read holds the content script
    expect((await extensionWorlds(page, s.h.extensionId)).length).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();
    await popup.getByTestId('analysis').waitFor();
    expect(await popup.getByTestId('title').textContent()).toBe(cached.analysis.title ?? 'Untitled page');
  });

  it('chrome://version: the toolbar popup says the browser keeps extensions out', async () => {
    const shown = await toolbarPopupOn(await open('chrome://version'));
    expect(shown.state).toBe('restricted');
    expect(shown.message).toContain("browser's own pages");
  });

  it('about:blank: the toolbar popup says the same', async () => {
    const shown = await toolbarPopupOn(await open('about:blank'));
    expect(shown.state).toBe('restricted');
    expect(shown.message).toContain("browser's own pages");
  });

  it('a source view is off limits too', async () => {
    const shown = await toolbarPopupOn(await open(`view-source:${s.server.origin}/pages/section-front.html`));
    expect(shown.state).toBe('restricted');
  });

  it('a PDF: the popup says the PDF viewer cannot be read', async () => {
    const page = await open(`${s.server.origin}/pages/report.pdf`);
    const tabId = await s.h.grantActiveTab(page);
    const { state, message } = await poppedOutOn(tabId);
    expect(state).toBe('restricted');
    expect(message).toContain('PDF');
  });

  it('a page nobody asked about: the popped-out view explains how to ask, and nothing was injected', async () => {
    const page = await open(`${s.server.origin}/pages/sample-article.html?never-asked`);
    const tabId = await s.h.tabIdOf(page);
    const { state, message } = await poppedOutOn(tabId);
    expect(state).toBe('restricted');
    expect(message).toContain('only when you ask');
    expect(await extensionWorlds(page, s.h.extensionId)).toEqual([]);
  });

  it('an error says what failed', async () => {
    const { state, message } = await poppedOutOn(2147483000);
    expect(state).toBe('error');
    expect(message).toContain('tab has been closed');
  });

  it('made no network request', () => {
    expect(s.h.foreignRequests).toEqual([]);
  });
});
