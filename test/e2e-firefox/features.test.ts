// The same features in Firefox ESR: context menu, sidebar, shortcut, popup, exports.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Analysis } from '../../utils/types';
import { useFirefox } from './support/setup';
import { analysisShown } from './support/views';

const s = useFirefox();
const SIDEBAR = 'newslens-sidebar >>> [data-testid=sidebar]';
let page: Page;
let tabId: number;

const hosts = () => page.$$eval('newslens-sidebar', (els) => els.length);
const inSidebar = (selector: string) => `${SIDEBAR} ${selector}`;
const texts = (p: Page, selector: string) => p.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));

describe('Newslens in Firefox', () => {
  let title: string;
  let summary: string[];

  it('"Analyze article with Newslens" in the context menu opens the sidebar with the analysis', async () => {
    page = await s.ff.newPage(`${s.server.origin}/pages/sample-article.html`);
    tabId = await s.ff.selectedTabId();
    await s.ff.clickMenu(page, 'newslens-analyze-page');
    await analysisShown(page, 'sidebar');
    title = (await page.$eval(inSidebar('[data-testid=title]'), (e) => e.textContent)) ?? '';
    summary = await texts(page, inSidebar('[data-testid=summary] li'));
    expect(title).toBe(await page.$eval('h1', (e) => e.textContent?.trim()));
    expect(summary.length).toBeGreaterThan(0);
    expect((await texts(page, inSidebar('[data-testid=entity]'))).length).toBeGreaterThan(0);
  });

  it('moves focus to the close button, and Esc closes the sidebar', async () => {
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-testid'));
    expect(focused).toBe('close');
    await page.keyboard.press('Escape');
    await expect.poll(hosts).toBe(0);
  });

  it('the keyboard shortcut opens and closes the sidebar', async () => {
    await s.ff.pressShortcut();
    await analysisShown(page, 'sidebar');
    await s.ff.pressShortcut();
    await expect.poll(hosts).toBe(0);
  });

  it('the popup (as a tab for the article) shows the same analysis', async () => {
    const popup = await s.ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await analysisShown(popup, 'page');
    expect(await popup.$eval('[data-testid=title]', (e) => e.textContent)).toBe(title);
    expect(await texts(popup, '[data-testid=summary] li')).toEqual(summary);
    expect(await popup.$eval('html', (e) => e.lang)).toBe('en');
    await popup.close();
  });

  it('exports Markdown to the clipboard and JSON as a download', async () => {
    await s.ff.clickMenu(page, 'newslens-analyze-page');
    await analysisShown(page, 'sidebar');
    await (await page.$(inSidebar('[data-testid=copy-markdown]')))!.click();
    await expect.poll(() => page.$eval(inSidebar('[data-testid=export-note]'), (e) => e.textContent)).toBe('Copied as Markdown');
    const md = await s.ff.clipboardText();
    expect(md).toContain(`# ${title}`);
    expect(md).toContain('## Timeline');
    await (await page.$(inSidebar('[data-testid=download-json]')))!.click();
    await expect.poll(() => readdirSync(s.ff.downloads).filter((f) => f.endsWith('.json')).length, { timeout: 10000 }).toBe(1);
    const file = readdirSync(s.ff.downloads).find((f) => f.endsWith('.json'))!;
    expect(file).toMatch(/^newslens-.*\.json$/);
    await expect.poll(() => readFileSync(join(s.ff.downloads, file), 'utf8').length).toBeGreaterThan(0);
    const saved = JSON.parse(readFileSync(join(s.ff.downloads, file), 'utf8')) as Analysis;
    expect(saved.title).toBe(title);
    expect(saved.summary).toEqual(summary);
  });

  it('"Analyze selection with Newslens" analyses only the selected text', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(hosts).toBe(0);
    const box = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('article p')].slice(3, 5);
      const range = document.createRange();
      range.setStartBefore(paragraphs[0]!);
      range.setEndAfter(paragraphs[1]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      paragraphs[0]!.scrollIntoView({ block: 'center' });
      const r = paragraphs[0]!.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + r.height / 2 };
    });
    await s.ff.clickMenu(page, 'newslens-analyze-selection', box);
    expect((await analysisShown(page, 'sidebar')).message).toContain('text you selected');
  });
});
