// The partnership memory end to end: three made-up articles of one story, analysed through the toolbar
// popup, the context menu and the shortcut, then merged on memory.html exactly as the gold file says;
// Forget, export, clear, import; a stopped worker and a restarted browser keep it all; nothing is fetched.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { describeAxe, runAxe } from './support/axe';
import { dispatch } from './support/dispatch';
import { launchExtension, type Harness } from './support/extension';
import { startServer, type PageServer } from './support/server';

interface GoldEvent {
  date: string;
  type: string;
  parties: string[];
  sources: string[];
}
const GOLD = JSON.parse(readFileSync(new URL('./pages/memory/gold-memory.json', import.meta.url), 'utf8')) as {
  entities: Record<string, GoldEvent[]>;
  relations: Record<string, Record<string, Record<string, number>>>;
};
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const [LEDGER, HARBOR, NORTHWIND] = ['circuit-ledger.html', 'harbor-daily.html', 'northwind-review.html'];

let server: PageServer;
let h: Harness;
const profile = mkdtempSync(join(tmpdir(), 'newslens-memory-'));
const launch = async () => (h = await launchExtension({ origin: server.origin, extensionDir: inject('extensionDir'), profile }));
const articleUrl = (file: string) => `${server.origin}/pages/memory/${file}`;
const sidebarOf = (page: Page) => page.locator('newslens-sidebar [data-testid=sidebar]');

beforeAll(async () => {
  server = await startServer();
  await launch();
});
afterAll(async () => {
  await h?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function memoryPage(query = '', scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${h.extensionId}/memory.html${query}`);
  await page.getByTestId('memory-page').waitFor();
  return page;
}

/** What the entity page shows: each event with its date, type and its sources' article files. */
async function shownTimeline(page: Page): Promise<GoldEvent[]> {
  await page.locator('[data-testid=memory-entity], [data-testid=memory-unknown]').first().waitFor();
  return page.getByTestId('memory-event').evaluateAll((items) =>
    items.map((li) => ({
      date: li.getAttribute('data-date') ?? '',
      type: li.getAttribute('data-type') ?? '',
      parties: [...li.querySelectorAll('[data-testid=memory-party]')].map((p) => p.textContent ?? '').sort(),
      sources: [...li.querySelectorAll('[data-testid=memory-source]')].map((s) => (s.getAttribute('data-url') ?? '').split('/').pop()!).sort(),
    })),
  );
}

const goldOf = (entity: string, without: string[] = []): GoldEvent[] =>
  GOLD.entities[entity]!.map((e) => ({ ...e, sources: e.sources.filter((s) => !without.includes(s)).sort(), parties: [...e.parties].sort() })).filter(
    (e) => e.sources.length,
  );

async function expectTimelines(without: string[] = []): Promise<void> {
  for (const entity of Object.keys(GOLD.entities)) {
    const page = await memoryPage(`?entity=${encodeURIComponent(entity)}`);
    expect(await shownTimeline(page), entity).toEqual(goldOf(entity, without));
    await page.close();
  }
}

async function memoryLine(view: Locator): Promise<Locator> {
  const line = view.getByTestId('memory-line');
  await expect.poll(() => line.getAttribute('data-status')).toBe('remembered');
  return line;
}

describe('remembering through the real surfaces', () => {
  it('the toolbar popup remembers the first article and says so', async () => {
    const page = await h.context.newPage();
    await page.goto(articleUrl(LEDGER));
    const tabId = await h.grantActiveTab(page);
    const popup = await h.openPopup(tabId, 900);
    await popup.getByTestId('analysis').waitFor();
    const line = await memoryLine(popup.getByTestId('popup'));
    expect(await line.textContent()).toContain('Remembered · Forget this article');
    // the first article of the story: nothing earlier to show
    expect(await popup.getByTestId('memory-earlier').count()).toBe(0);
    await popup.close();
  });

  it('the context menu remembers the second, and its sidebar shows what the first said earlier', async () => {
    const page = await h.context.newPage();
    await page.goto(articleUrl(HARBOR));
    const tabId = await h.grantActiveTab(page);
    await dispatch(h, tabId, 'menu', { menuItemId: 'newslens-analyze-page', editable: false, pageUrl: page.url() });
    const sidebar = sidebarOf(page);
    await sidebar.getByTestId('analysis').waitFor();
    await memoryLine(sidebar);
    const earlier = sidebar.getByTestId('memory-earlier');
    await expect.poll(() => earlier.count()).toBeGreaterThan(0);
    const sources = await earlier.getByTestId('memory-source').evaluateAll((s) => s.map((x) => x.getAttribute('data-url')));
    expect(new Set(sources)).toEqual(new Set([articleUrl(LEDGER)]));
    expect(await earlier.first().textContent()).toMatch(/^Earlier:/);
  });

  it('the shortcut remembers the third', async () => {
    const page = await h.context.newPage();
    await page.goto(articleUrl(NORTHWIND));
    const tabId = await h.grantActiveTab(page);
    await dispatch(h, tabId, 'command', { command: 'toggle-sidebar' });
    const sidebar = sidebarOf(page);
    await sidebar.getByTestId('analysis').waitFor();
    await memoryLine(sidebar);
  });

  it('a selection is not remembered', async () => {
    const page = await h.context.newPage();
    await page.goto(`${server.origin}/pages/sample-article.html`);
    const tabId = await h.grantActiveTab(page);
    const text = await page.locator('article p').first().textContent();
    await dispatch(h, tabId, 'menu', { menuItemId: 'newslens-analyze-selection', selectionText: text, editable: false, pageUrl: page.url() });
    await sidebarOf(page).getByTestId('analysis').waitFor();
    expect(await sidebarOf(page).getByTestId('memory-line').count()).toBe(0);
    await page.close();
    const overview = await memoryPage();
    await expect.poll(() => overview.getByTestId('memory-stats').getAttribute('data-articles')).toBe('3');
    await overview.close();
  });
});

describe('the memory page', () => {
  it('shows each shared event once, with all its sources, as the gold file says', async () => {
    await expectTimelines();
  });

  it('draws the relations with their event types and counts, and lists them', async () => {
    const page = await memoryPage(`?entity=${encodeURIComponent('Tessmark Batteries')}`);
    await page.getByTestId('memory-graph').waitFor();
    const listed = await page.getByTestId('memory-relation').allTextContents();
    for (const [name, counts] of Object.entries(GOLD.relations['Tessmark Batteries']!)) {
      const row = listed.find((r) => r.startsWith(name));
      expect(row, name).toBeDefined();
      for (const n of Object.values(counts)) expect(row).toContain(String(n));
    }
    // the graph's neighbours are links reached with the keyboard
    expect(await page.locator('[data-testid=memory-graph] a').count()).toBe(listed.length);
    await page.locator('[data-testid=memory-graph] a').first().focus();
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    await page.close();
  });

  it('finds organisations, people and event phrases', async () => {
    for (const [query, expected] of [
      ['Velmora', 'Velmora Motors'],
      ['Priya', 'Priya Anand'],
      ['acquires Corrib', 'Velmora Motors acquires Corrib Cells'],
    ] as const) {
      const page = await memoryPage(`?q=${encodeURIComponent(query)}`);
      await page.getByTestId('memory-search-results').waitFor();
      expect((await page.getByTestId('memory-hit').allTextContents()).join('\n'), query).toContain(expected);
      await page.close();
    }
  });

  it('a source opens its article', async () => {
    const page = await memoryPage(`?entity=${encodeURIComponent('Velmora Motors')}`);
    const opened = h.context.waitForEvent('page');
    await page.locator('[data-testid=memory-source] a').first().click();
    const article = await opened;
    await article.waitForLoadState();
    expect(article.url()).toBe(articleUrl(NORTHWIND));
    await article.close();
    await page.close();
  });

  it('exports a timeline as Markdown', async () => {
    const page = await memoryPage(`?entity=${encodeURIComponent('Tessmark Batteries')}`);
    await page.getByTestId('memory-entity').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('memory-timeline-markdown').click();
    const md = readFileSync((await (await download).path())!, 'utf8');
    expect(md).toMatch(/^# Tessmark Batteries\n/);
    // the phrase is the most precise source's own wording, which may use the short name
    expect(md.match(/partners with Velmora/g)).toHaveLength(1);
    await page.close();
  });
});

describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
  it.each([
    ['entity', `?entity=${encodeURIComponent('Tessmark Batteries')}`],
    ['home', ''],
  ])('memory page (%s): no serious or critical axe violation', async (name, query) => {
    const page = await memoryPage(query, scheme);
    await page.locator(name === 'entity' ? '[data-testid=memory-graph]' : '[data-testid=memory-article]').first().waitFor();
    const report = await runAxe(page);
    console.info(describeAxe(`memory ${name} (${scheme})`, report));
    expect(report.blocking).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}memory-${name}-${scheme}.png`, fullPage: true });
    await page.close();
  });
});

describe('forget, export, clear, import', () => {
  let exported = '';

  it('"Forget this article" in the popup takes its sources out of every timeline', async () => {
    const page = await h.context.newPage();
    await page.goto(articleUrl(HARBOR));
    const tabId = await h.grantActiveTab(page);
    const popup = await h.openPopup(tabId, 900);
    const line = await memoryLine(popup.getByTestId('popup'));
    await line.getByTestId('memory-forget').click();
    await expect.poll(() => line.getAttribute('data-status')).toBe('not-remembered');
    expect(await line.textContent()).toContain('Forgotten');
    await popup.close();
    await page.close();
    await expectTimelines([HARBOR]);
  });

  it('exports the whole memory, clears it, and imports it back (twice adds nothing)', async () => {
    const page = await memoryPage();
    const stats = page.getByTestId('memory-stats');
    await expect.poll(() => stats.getAttribute('data-articles')).toBe('2');
    const before = await stats.textContent();
    const download = page.waitForEvent('download');
    await page.getByTestId('memory-export').click();
    exported = readFileSync((await (await download).path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'newslens-memory' });

    await page.getByTestId('memory-clear').click();
    await page.getByTestId('memory-clear-confirm').click();
    await expect.poll(() => stats.getAttribute('data-articles')).toBe('0');

    const file = join(profile, '..', `newslens-memory-import-${Date.now()}.json`);
    writeFileSync(file, exported);
    for (const added of ['2 articles', '0 articles']) {
      await page.getByTestId('memory-import-file').setInputFiles(file);
      await expect.poll(() => page.getByTestId('memory-note').textContent()).toContain(added);
      expect(await stats.textContent()).toBe(before);
    }
    rmSync(file);
    await page.close();
    await expectTimelines([HARBOR]);
  });

  it('keeps everything when the service worker stops', async () => {
    await h.stopServiceWorker();
    await expectTimelines([HARBOR]);
  });

  it('keeps everything across a browser restart on the same profile', async () => {
    await h.close();
    await launch();
    await expectTimelines([HARBOR]);
  });
});

describe('privacy', () => {
  it('made no network request beyond the test pages', () => {
    expect(h.foreignRequests).toEqual([]);
    // the favicon is the browser's own request for the article tab
    expect(server.requests.filter((p) => !p.startsWith('/pages/') && p !== '/favicon.ico')).toEqual([]);
  });
});
