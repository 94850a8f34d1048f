// The partnership memory in Firefox ESR: the three made-up articles of test/e2e/pages/memory analysed through
// the popup (as a tab for the article) and the shortcut, merged on memory.html as the gold file says;
// forget, export, clear, import; all still there after a restart on the same profile; nothing fetched.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type PageServer } from '../e2e/support/server';
import { launchFirefox, type FirefoxHarness } from './support/firefox';

interface GoldEvent {
  date: string;
  type: string;
  sources: string[];
}
const GOLD = JSON.parse(readFileSync(new URL('../e2e/pages/memory/gold-memory.json', import.meta.url), 'utf8')) as { entities: Record<string, GoldEvent[]> };
const [LEDGER, HARBOR, NORTHWIND] = ['circuit-ledger.html', 'harbor-daily.html', 'northwind-review.html'];

let server: PageServer;
let ff: FirefoxHarness;
const profile = mkdtempSync(join(tmpdir(), 'newslens-ff-memory-'));
const launch = async () => (ff = await launchFirefox(inject('firefoxDir'), { profile }));
const articleUrl = (file: string) => `${server.origin}/pages/memory/${file}`;

beforeAll(async () => {
  server = await startServer();
  await launch();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

const statusOf = (page: Page) => page.$eval('[data-testid=memory-line]', (e) => e.getAttribute('data-status')).catch(() => null);

/** Reads inside the sidebar's shadow root (polled: the sidebar fills in as the background answers). */
const inSidebar = <T>(page: Page, read: (root: ShadowRoot) => T): Promise<T | null> =>
  page.evaluate((fn) => {
    const root = document.querySelector('newslens-sidebar')?.shadowRoot;
    return root ? (new Function('root', `return (${fn})(root)`) as (r: ShadowRoot) => T)(root) : null;
  }, read.toString());
const sidebarReady = (page: Page) => expect.poll(() => inSidebar(page, (r) => !!r.querySelector('[data-testid=analysis]')), { timeout: 20000 }).toBe(true);

async function shownTimeline(entity: string): Promise<GoldEvent[]> {
  const page = await ff.openExtensionPage(`memory.html?entity=${encodeURIComponent(entity)}`);
  await page.waitForSelector('[data-testid=memory-entity], [data-testid=memory-unknown]');
  const events = await page.$$eval('[data-testid=memory-event]', (items) =>
    items.map((li) => ({
      date: li.getAttribute('data-date') ?? '',
      type: li.getAttribute('data-type') ?? '',
      sources: [...li.querySelectorAll('[data-testid=memory-source]')].map((s) => (s.getAttribute('data-url') ?? '').split('/').pop()!).sort(),
    })),
  );
  await page.close();
  return events;
}

async function expectTimelines(without: string[] = []): Promise<void> {
  for (const [entity, gold] of Object.entries(GOLD.entities)) {
    const expected = gold
      .map((e) => ({ date: e.date, type: e.type, sources: e.sources.filter((s) => !without.includes(s)).sort() }))
      .filter((e) => e.sources.length);
    expect(await shownTimeline(entity), entity).toEqual(expected);
  }
}

async function overview(): Promise<Page> {
  const page = await ff.openExtensionPage('memory.html');
  await page.waitForSelector('[data-testid=memory-stats]');
  return page;
}
const articlesCount = (page: Page) => page.$eval('[data-testid=memory-stats]', (e) => e.getAttribute('data-articles'));

describe('the memory in Firefox', () => {
  // The shortcut grants activeTab (a dispatched menu click cannot be used: see the suite's context-menu
  // notes); the popup, opened as a tab for the article, then shows the same result and its memory line.
  it('the shortcut remembers each article, and the popup says so', async () => {
    for (const file of [LEDGER, NORTHWIND]) {
      const article = await ff.newPage(articleUrl(file));
      await article.bringToFront();
      const tabId = await ff.selectedTabId();
      await ff.pressShortcut();
      await sidebarReady(article);
      const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-testid=analysis]', { timeout: 15000 });
      await expect.poll(() => statusOf(popup), { timeout: 10000 }).toBe('remembered');
      expect(await popup.$eval('[data-testid=memory-line]', (e) => e.textContent)).toContain('Remembered · Forget this article');
      await popup.close();
      await article.close();
    }
  });

  it('the sidebar of a third article shows what the others said earlier', async () => {
    const page = await ff.newPage(articleUrl(HARBOR));
    await page.bringToFront();
    await ff.pressShortcut();
    await sidebarReady(page);
    await expect.poll(() => inSidebar(page, (r) => r.querySelector('[data-testid=memory-line]')?.getAttribute('data-status')), { timeout: 10000 }).toBe('remembered');
    const earlier = () => inSidebar(page, (r) => [...r.querySelectorAll('[data-testid=memory-earlier] [data-testid=memory-source]')].map((x) => x.getAttribute('data-url')));
    await expect.poll(async () => (await earlier())?.length ?? 0).toBeGreaterThan(0);
    const sources = (await earlier())!;
    for (const url of sources) expect([articleUrl(LEDGER), articleUrl(NORTHWIND)]).toContain(url);
    await page.close();
  });

  it('memory.html shows each shared event once, with all its sources', async () => {
    await expectTimelines();
  });

  it('forgets one article from the memory page', async () => {
    const page = await overview();
    const button = await page.$(`[data-testid=memory-article][data-url="${articleUrl(HARBOR)}"] [data-testid=memory-forget-article]`);
    await button!.click();
    await expect.poll(() => articlesCount(page)).toBe('2');
    await page.close();
    await expectTimelines([HARBOR]);
  });

  it('exports, clears and imports the memory back (twice adds nothing)', async () => {
    const page = await overview();
    const before = await page.$eval('[data-testid=memory-stats]', (e) => e.textContent);
    await (await page.$('[data-testid=memory-export]'))!.click();
    const saved = () => readdirSync(ff.downloads).filter((f) => /^newslens-memory-.*\.json$/.test(f));
    await expect.poll(() => saved().length, { timeout: 10000 }).toBe(1);
    const file = join(ff.downloads, saved()[0]!);
    await expect.poll(() => readFileSync(file, 'utf8').length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'newslens-memory' });

    await (await page.$('[data-testid=memory-clear]'))!.click();
    await (await page.$('[data-testid=memory-clear-confirm]'))!.click();
    await expect.poll(() => articlesCount(page)).toBe('0');

    for (const added of ['2 articles', '0 articles']) {
      const input = await page.$('[data-testid=memory-import-file]');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await expect.poll(() => page.$eval('[data-testid=memory-note]', (e) => e.textContent)).toContain(added);
      expect(await page.$eval('[data-testid=memory-stats]', (e) => e.textContent)).toBe(before);
    }
    await page.close();
    await expectTimelines([HARBOR]);
  });

  it('keeps everything across a browser restart on the same profile', async () => {
    await ff.close();
    await launch();
    await expectTimelines([HARBOR]);
  });

  it('made no network request beyond the test pages', () => {
    expect(server.requests.filter((p) => !p.startsWith('/pages/memory/') && p !== '/favicon.ico')).toEqual([]);
  });
});
