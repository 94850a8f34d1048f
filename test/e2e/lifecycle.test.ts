// Concurrency and lifecycle: ten tabs at once, a tab navigating while it is analysed, the service worker
// stopped mid-analysis, the extension reloaded under an open sidebar. A stale result is never shown or
// cached for another URL, and nothing throws.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabView } from '../../extension/messages';
import { hugePages } from '../../scripts/lib/huge-pages';
import { watchErrors, type ErrorWatch } from './support/error-watch';
import { changeExtension } from './support/extension-settings';
import { PAGES_DIR } from './support/server';
import { useBrowser } from './support/setup';

const s = useBrowser();
// ten tabs and a 100,000-node page on two shared cores: these bounds report a hang, they measure no speed
const HANG = { timeout: 180_000 };
const HEADLINE = 'Halvard Robotics Ends Its Exclusive Cloud Deal With Meridian as Tessaline Joins the Warehouse Race';
const story = (n: number) => `Story ${n}: ${HEADLINE}`;
let errors: ErrorWatch;

beforeAll(() => {
  errors = watchErrors(s.h.context, `chrome-extension://${s.h.extensionId}`);
  const base = readFileSync(join(PAGES_DIR, 'sample-article.html'), 'utf8');
  const filler = '<p>Warehouse operators in Rotterdam said Halvard Robotics had doubled its fleet there in 2024, and Northgate Capital said it would keep investing.</p>';
  for (let n = 1; n <= 10; n++) {
    // odd stories are longer, so that answers do not come back in the order they were asked for
    const body = base.replaceAll(HEADLINE, story(n)).replace('</article>', `${n % 2 ? filler.repeat(60) : ''}</article>`);
    s.server.route(`/made/story-${n}.html`, { body });
  }
  // a page the worker needs a second or more for: something can happen while it works
  s.server.route('/made/slow.html', { body: hugePages['100,000 nodes']!() });
});

const ask = (tabId: number) =>
  s.h.extPage.evaluate((id) => chrome.runtime.sendMessage({ newslens: 1, type: 'get-analysis', data: { tabId: id, refresh: true } }) as Promise<TabView>, tabId);

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.h.context.newPage();
  await errors.watchPage(page);
  await page.goto(`${s.server.origin}${path}`);
  return { page, tabId: await s.h.grantActiveTab(page) };
}

const settled = (popup: Page) => popup.locator('[data-testid=analysis], [data-testid=status]:not([data-state=analysing])').first();

describe('concurrency', HANG, () => {
  it('ten tabs analysed at once each get their own result, keyed by tab and URL', async () => {
    const tabs = [];
    for (let n = 1; n <= 10; n++) tabs.push(await open(`/made/story-${n}.html`));
    const ids = tabs.map((t) => t.tabId);
    const views = await s.h.extPage.evaluate(
      (list) => Promise.all(list.map((id) => chrome.runtime.sendMessage({ newslens: 1, type: 'get-analysis', data: { tabId: id } }) as Promise<TabView>)),
      ids,
    );
    for (const [i, view] of views.entries()) {
      expect(view.state).toBe('ready');
      if (view.state !== 'ready') continue;
      expect(view.analysis.url).toBe(tabs[i]!.page.url());
      expect(view.analysis.title).toBe(story(i + 1));
      const cached = await s.h.readCache(ids[i]!);
      expect({ url: cached?.url, title: cached?.analysis.title }).toEqual({ url: tabs[i]!.page.url(), title: story(i + 1) });
    }
    // and three popups opened together show their own tab's story
    const popups = await Promise.all([2, 5, 8].map((i) => s.h.openPopup(ids[i]!)));
    for (const [k, i] of [2, 5, 8].entries()) await expect.poll(() => popups[k]!.getByTestId('title').textContent()).toBe(story(i + 1));
    await Promise.all([...popups.map((p) => p.close()), ...tabs.map((t) => t.page.close())]);
  });
});

describe('a tab that moves on while it is analysed', HANG, () => {
  it('navigating to another page: the result is dropped, never shown or cached for the new page', async () => {
    const { page, tabId } = await open('/made/slow.html?navigate');
    const slowUrl = page.url();
    const pending = ask(tabId);
    // somewhere in the middle: injecting, reading or analysing, the answer must be the same wherever it is
    await new Promise((r) => setTimeout(r, 600));
    await page.goto(`${s.server.origin}/pages/section-front.html?after`);
    const view = await pending;
    expect(view.state).toBe('error');
    if (view.state === 'error') expect(view.message).toMatch(/page changed while Newslens was reading it/);
    const cached = await s.h.readCache(tabId);
    expect(cached?.analysis.url ?? null).not.toBe(slowUrl);
    const popup = await s.h.openPopup(tabId);
    await settled(popup).waitFor();
    expect(await popup.getByTestId('title').count()).toBe(0); // neither the slow page's result nor a guess
    await popup.close();
    await page.close();
  });

  it('a same-document navigation (pushState) drops it too', async () => {
    const { page, tabId } = await open('/made/slow.html?push');
    const pending = ask(tabId);
    await new Promise((r) => setTimeout(r, 600));
    await page.evaluate(() => history.pushState({}, '', '?pushed'));
    const view = await pending;
    expect(view.state).toBe('error');
    expect(await s.h.readCache(tabId)).toBeNull();
    await page.close();
  });
});

describe('the service worker stopped mid-analysis', HANG, () => {
  it('the popup says so and offers to try again, which works', async () => {
    const { page, tabId } = await open('/made/slow.html?stop');
    const popup = await s.h.openPopup(tabId);
    await popup.locator('[data-testid=status][data-state=analysing]').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    await s.h.stopServiceWorker();
    const status = popup.locator('[data-testid=status][data-state=error]');
    await status.waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('status-message').textContent()).toMatch(/stopped by the browser before it finished/);
    await popup.getByRole('button', { name: 'Try again' }).click();
    await popup.locator('[data-testid=analysis], [data-testid=status][data-state=not-article]').first().waitFor({ timeout: 120_000 });
    expect((await s.h.readCache(tabId))?.url).toBe(page.url());
    await popup.close();
    await page.close();
  });
});

describe('the extension reloaded (updated) under an open sidebar', HANG, () => {
  it('the orphaned sidebar goes away without an error, and the new version works on the same tab', async () => {
    const { page, tabId } = await open('/pages/sample-article.html?reload');
    const popup = await s.h.openPopup(tabId);
    await popup.getByTestId('analysis').waitFor();
    await popup.getByRole('button', { name: 'Open sidebar' }).click();
    const sidebar = page.locator('newslens-sidebar [data-testid=sidebar]');
    await sidebar.getByTestId('analysis').waitFor();
    await changeExtension(s.h, 'reload');
    // a reader clicking in the orphan before it goes: nothing behind it may throw
    await sidebar.getByTestId('entity').first().click({ timeout: 1000 }).catch(() => undefined);
    await expect.poll(() => page.locator('newslens-sidebar').count(), { timeout: 15_000 }).toBe(0);
    const again = await s.h.grantActiveTab(page);
    expect(again).toBe(tabId);
    const fresh = await s.h.openPopup(tabId);
    await fresh.getByTestId('analysis').waitFor();
    await fresh.getByRole('button', { name: 'Open sidebar' }).click();
    await sidebar.getByTestId('analysis').waitFor();
    await fresh.close();
    await page.close();
  });
});

describe('throughout', () => {
  it('raised no uncaught error in the pages, the content scripts or the service worker', () => {
    expect(errors.page).toEqual([]);
    expect(errors.worker).toEqual([]);
  });

  it('made no network request', () => {
    expect(s.h.foreignRequests).toEqual([]);
  });
});
