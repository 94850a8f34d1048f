// Least privilege, checked at run time: every request made by the extension's service worker and its
// pages across a whole session (toolbar popup, popped-out popup, highlights, sidebar, selection, shortcut,
// exports, a worker restart) goes to the extension itself; the test server sees only the page's own.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { dispatch } from './support/dispatch';
import { readClipboard, waitForCache } from './support/page-probes';
import { useBrowser } from './support/setup';

const s = useBrowser();
interface Seen {
  url: string;
  /** 'service worker', or the URL of the page that asked */
  by: string;
}
const seen: Seen[] = [];
const by = (r: Request): string => {
  if (r.serviceWorker()) return 'service worker';
  try {
    return r.frame().page().url();
  } catch {
    return '?';
  }
};
const NOWHERE = 'http://127.0.0.1:9/newslens-control';

beforeAll(() => {
  s.h.context.on('request', (r) => void seen.push({ url: r.url(), by: by(r) }));
});

describe('every request of a full session', () => {
  it('the recorder sees requests from the service worker and from extension pages (control)', async () => {
    const worker = await s.h.worker();
    await worker.evaluate((u) => fetch(`${u}/from-worker`).catch(() => undefined), NOWHERE);
    await s.h.extPage.evaluate((u) => fetch(`${u}/from-page`).catch(() => undefined), NOWHERE);
    await expect.poll(() => seen.filter((r) => r.url.startsWith(NOWHERE)).map((r) => r.by.startsWith('chrome-extension://') ? 'extension page' : r.by)).toEqual(['service worker', 'extension page']);
    seen.length = 0;
    s.server.requests.length = 0;
  });

  it('runs a whole session', async () => {
    const page: Page = await s.h.context.newPage();
    await page.goto(`${s.server.origin}/pages/sample-article.html`);
    const tabId = await s.h.clickToolbarButton(page);
    await waitForCache(s.h, tabId);
    const popup = await s.h.openPopup(tabId, 900);
    await popup.getByTestId('analysis').waitFor();
    await popup.getByTestId('entity').first().click();
    await popup.getByTestId('event').first().locator('button').click();
    await popup.getByTestId('copy-markdown').click();
    await readClipboard(s, page);
    const download = popup.waitForEvent('download');
    await popup.getByTestId('download-json').click();
    await (await download).path();
    await popup.getByRole('button', { name: 'Open sidebar' }).click();
    const sidebar = page.locator('newslens-sidebar [data-testid=sidebar]');
    await sidebar.getByTestId('analysis').waitFor();
    await sidebar.getByTestId('entity').nth(1).click();
    await sidebar.getByTestId('copy-markdown').click();
    const sideDownload = page.waitForEvent('download');
    await sidebar.getByTestId('download-json').click();
    await (await sideDownload).path();
    await dispatch(s.h, tabId, 'menu', { menuItemId: 'newslens-analyze-selection', editable: false, pageUrl: page.url(), selectionText: 'Halvard Robotics said on Tuesday it would end its exclusive deal with Meridian Cloud in 2025.' });
    await expect.poll(() => sidebar.locator('.nl-scope').count()).toBe(1);
    await dispatch(s.h, tabId, 'command', { command: 'toggle-sidebar' });
    await expect.poll(() => page.locator('newslens-sidebar').count()).toBe(0);
    await s.h.stopServiceWorker();
    const again = await s.h.openPopup(tabId);
    await again.getByTestId('analysis').waitFor();
    await again.close();
    await popup.close();
  });

  it('went nowhere but the extension itself, and the test server saw only the page', () => {
    const extension = `chrome-extension://${s.h.extensionId}/`;
    const fromExtension = seen.filter((r) => r.by === 'service worker' || r.by.startsWith('chrome-extension://'));
    expect(fromExtension.length).toBeGreaterThan(0);
    console.info(`${seen.length} requests in the session, ${fromExtension.length} by the extension: ${[...new Set(fromExtension.map((r) => new URL(r.url).pathname))].join(' ')}`);
    expect(fromExtension.filter((r) => !r.url.startsWith(extension) && !r.url.startsWith(`blob:${extension}`))).toEqual([]);
    const fromPages = seen.filter((r) => !fromExtension.includes(r));
    expect(fromPages.filter((r) => !r.url.startsWith(s.server.origin) && !r.url.startsWith(extension) && !r.url.startsWith('blob:'))).toEqual([]);
    expect(s.server.requests).toContain('/pages/sample-article.html');
    expect(s.server.requests.filter((p) => p !== '/pages/sample-article.html' && p !== '/favicon.ico')).toEqual([]);
  });
});
