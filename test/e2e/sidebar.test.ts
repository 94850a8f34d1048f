// The in-page sidebar, reached through the real context-menu and shortcut listeners.

import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Analysis } from '../../utils/types';
import { markupEverywhere } from './support/hostile';
import { useBrowser } from './support/setup';
import { entityHighlights, evidenceHighlights, highlightLeftovers, popupEntities, readClipboard, waitForCache } from './support/page-probes';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const s = useBrowser();
let page: Page;
let tabId: number;

const sidebar = () => page.locator('newslens-sidebar [data-testid=sidebar]');
const hosts = () => page.locator('newslens-sidebar').count();

/** Fires the extension's own listeners, as Chrome does on a menu click or a shortcut. */
async function dispatch(kind: 'menu' | 'command', payload: Record<string, unknown>) {
  const worker = await s.h.worker();
  const tab = { id: tabId, index: 0, windowId: -1, active: true, pinned: false, highlighted: true, incognito: false };
  await worker.evaluate(
    ([k, info, t]) => {
      type Dispatchable = { dispatch(...args: unknown[]): void };
      if (k === 'menu') (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(info, t);
      else (chrome.commands.onCommand as unknown as Dispatchable).dispatch(info.command, t);
    },
    [kind, payload, tab] as const,
  );
}

beforeAll(async () => {
  page = await s.h.context.newPage();
  await page.goto(`${s.server.origin}/pages/sample-article.html`);
  // a menu click or a shortcut grants activeTab; a dispatched event does not, so grant it as the toolbar would
  tabId = await s.h.grantActiveTab(page);
});

describe('sidebar', () => {
  let analysis: Analysis;

  it('"Analyze article with Newslens" opens the sidebar with the page’s analysis', async () => {
    await dispatch('menu', { menuItemId: 'newslens-analyze-page', editable: false, pageUrl: page.url() });
    await sidebar().getByTestId('analysis').waitFor();
    analysis = (await waitForCache(s.h, tabId)).analysis;
    expect(await sidebar().getByTestId('title').textContent()).toBe(analysis.title);
    expect(await sidebar().getByTestId('summary').locator('li').allTextContents()).toEqual(analysis.summary);
    const shown = await popupEntities(sidebar());
    expect(shown.map((e) => e.name).sort()).toEqual(analysis.entities.map((e) => e.name).sort());
    expect(await sidebar().getByTestId('event').count()).toBe(analysis.timeline.length);
    expect(await sidebar().getByTestId('author').count()).toBe(analysis.authors.length);
  });

  it('moves focus into the sidebar, to its close button first', async () => {
    const focused = await page.evaluate(() => {
      const host = document.activeElement;
      return { host: host?.tagName.toLowerCase(), inner: host?.shadowRoot?.activeElement?.getAttribute('data-testid') };
    });
    expect(focused).toEqual({ host: 'newslens-sidebar', inner: 'close' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName)).toBe('BUTTON');
  });

  it('keeps the page’s styles out and its own styles in', async () => {
    await page.addStyleTag({ content: '* { color: rgb(255, 0, 0) !important; font-family: serif !important; } button { background: rgb(255, 0, 0) !important; }' });
    const inside = await sidebar().getByTestId('copy-markdown').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { color: cs.color, background: cs.backgroundColor, font: cs.fontFamily };
    });
    expect(inside.color).not.toBe('rgb(255, 0, 0)');
    expect(inside.background).not.toBe('rgb(255, 0, 0)');
    expect(inside.font).toContain('system-ui');
    // a page element using the sidebar's class names keeps the page's look
    const outside = await page.evaluate(() => {
      const probe = document.createElement('button');
      probe.className = 'nl-btn nl-chip';
      document.body.append(probe);
      const cs = getComputedStyle(probe);
      const r = { radius: cs.borderTopLeftRadius, padding: cs.paddingLeft };
      probe.remove();
      return r;
    });
    expect(outside).not.toEqual({ radius: '6px', padding: '10px' });
    expect(outside.radius).not.toBe('14px');
  });

  it('after a reload the page is clean, and the menu opens a fresh sidebar', async () => {
    await page.reload();
    expect(await hosts()).toBe(0);
    tabId = await s.h.grantActiveTab(page);
    await dispatch('menu', { menuItemId: 'newslens-analyze-page', editable: false, pageUrl: page.url() });
    await sidebar().getByTestId('analysis').waitFor();
    analysis = (await waitForCache(s.h, tabId)).analysis; // a reload means a fresh analysis
  });

  it('clicking an entity in the sidebar highlights it in the page', async () => {
    const top = [...analysis.entities].sort((a, b) => b.mentions - a.mentions)[0]!;
    await sidebar().locator(`[data-testid=entity][data-name="${top.name}"]`).click();
    await expect.poll(() => entityHighlights(page)).toBeGreaterThanOrEqual(Math.min(top.mentions, 2));
    await expect.poll(() => sidebar().getByTestId('highlight-note').textContent()).toContain(top.name);
  });

  it('saves a screenshot of the page with the sidebar open and an entity highlighted', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}sidebar.png` });
  });

  it('clicking a timeline event scrolls to its evidence and highlights it', async (ctx) => {
    const last = analysis.timeline.length - 1;
    if (last < 0) return ctx.skip(); // timeline stage not producing yet
    await page.evaluate(() => window.scrollTo(0, 0));
    await sidebar().getByTestId('event').nth(last).locator('button').click();
    await expect.poll(() => evidenceHighlights(page)).toBe(1);
    expect(await entityHighlights(page)).toBe(0);
  });

  it('exports Markdown to the clipboard and JSON as a download from the sidebar', async () => {
    await s.h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.origin });
    await sidebar().getByTestId('copy-markdown').click();
    await expect.poll(() => sidebar().getByTestId('export-note').textContent()).toBe('Copied as Markdown');
    const md = await readClipboard(s, page);
    expect(md).toContain(`# ${analysis.title}`);
    expect(md).toContain('## Timeline');
    const download = page.waitForEvent('download');
    await sidebar().getByTestId('download-json').click();
    const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as Analysis;
    expect(saved).toEqual(analysis);
  });

  it('closes with Esc and leaves nothing behind: no host element, no highlight', async () => {
    await sidebar().getByTestId('close').focus();
    await page.keyboard.press('Escape');
    await expect.poll(hosts).toBe(0);
    expect(await highlightLeftovers(page)).toEqual({ entity: 0, evidence: 0, styles: 0, marks: 0 });
    expect(await page.evaluate(() => document.querySelectorAll('[wxt-shadow-root-document-styles]').length)).toBe(0);
  });

  it('the shortcut toggles the sidebar', async () => {
    await dispatch('command', { command: 'toggle-sidebar' });
    await sidebar().getByTestId('analysis').waitFor();
    await dispatch('command', { command: 'toggle-sidebar' });
    await expect.poll(hosts).toBe(0);
  });

  it('Esc closes it from the page too, once focus has left the sidebar', async () => {
    await dispatch('command', { command: 'toggle-sidebar' });
    await sidebar().getByTestId('analysis').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(hosts).toBe(0);
  });

  it('"Analyze selection with Newslens" analyses only the selected text', async () => {
    const selected = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('article p')].slice(3, 5);
      const range = document.createRange();
      range.setStartBefore(paragraphs[0]!);
      range.setEndAfter(paragraphs[1]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    await dispatch('menu', { menuItemId: 'newslens-analyze-selection', editable: false, pageUrl: page.url(), selectionText: selected });
    await sidebar().getByTestId('analysis').waitFor();
    await expect.poll(() => sidebar().locator('.nl-scope').textContent()).toContain('text you selected');
    const summary = await sidebar().getByTestId('summary').locator('li').allTextContents();
    expect(summary.length).toBeGreaterThan(0);
    const flat = selected.replace(/\s+/g, ' ');
    for (const line of summary) expect(flat).toContain(line.slice(0, 40));
    // the page's title and date frame the selection
    expect(await sidebar().getByTestId('title').textContent()).toBe(analysis.title);
    await page.keyboard.press('Escape');
  });

  it('shows page text as text, never as markup', async () => {
    const hostile = await s.h.context.newPage();
    await hostile.goto(`${s.server.origin}/pages/markup-in-text.html`);
    page = hostile;
    tabId = await s.h.grantActiveTab(hostile);
    await dispatch('menu', { menuItemId: 'newslens-analyze-page', editable: false, pageUrl: hostile.url() });
    await sidebar().getByTestId('analysis').waitFor();
    const real = (await waitForCache(s.h, tabId)).analysis;
    expect(await sidebar().getByTestId('summary').locator('li').allTextContents()).toEqual(real.summary);
    // whatever the pipeline keeps of the page's text, markup in any field must come out as characters
    const crafted = markupEverywhere(real);
    const worker = await s.h.worker();
    await worker.evaluate(
      ([id, analysis]) => chrome.tabs.sendMessage(id, { newslens: 1, type: 'show-sidebar', data: { view: { state: 'ready', scope: 'page', cached: false, analysis } } }, { frameId: 0 }),
      [tabId, crafted] as const,
    );
    await expect.poll(() => sidebar().getByTestId('title').textContent()).toBe(crafted.title);
    const text = await sidebar().textContent();
    for (const field of [crafted.site!, crafted.summary[0]!, crafted.entities[0]!.name, crafted.timeline[0]!.what, crafted.timeline[0]!.parties[0]!, crafted.authors[0]!]) {
      expect(text).toContain(field);
    }
    expect(await sidebar().locator('img, script, b, iframe').count()).toBe(0);
    await sidebar().getByTestId('event').first().locator('button').click();
    expect(await hostile.evaluate(() => (window as unknown as { pwned?: boolean }).pwned ?? false)).toBe(false);
  });

  it('made no network request', () => {
    expect(s.h.foreignRequests).toEqual([]);
  });
});
