// The options page in Firefox: the shortcut Firefox assigned, Firefox's own shortcut editor, and
// settings that the sidebar and the popup follow.

import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './support/setup';
import { analysisShown } from './support/views';

const s = useFirefox();
const SIDEBAR = 'newslens-sidebar >>> [data-testid=sidebar]';
let options: Page;

const click = async (p: Page, selector: string) => (await p.waitForSelector(selector))!.click();

describe('options page in Firefox', () => {
  it('shows the shortcut Firefox assigned from the manifest', async () => {
    options = await s.ff.openExtensionPage('options.html');
    await expect.poll(() => options.$eval('[data-testid=shortcut]', (e) => e.getAttribute('data-keys'))).toBe('Alt+Shift+N');
    expect(await options.$eval('[data-testid=shortcut]', (e) => e.textContent)).toBe('Show or hide the sidebar: Alt+Shift+N');
  });

  it('theme and side apply to an open sidebar at once; the summary length to the next analysis', async () => {
    const article = await s.ff.newPage(`${s.server.origin}/pages/sample-article.html`);
    const tabId = await s.ff.selectedTabId();
    await s.ff.clickMenu(article, 'newslens-analyze-page');
    await analysisShown(article, 'sidebar');
    await options.bringToFront();
    await click(options, '[data-testid=theme-dark]');
    await click(options, '[data-testid=side-left]');
    await expect.poll(() => article.$eval(SIDEBAR, (e) => e.getAttribute('data-theme'))).toBe('dark');
    await expect.poll(() => article.$eval(SIDEBAR, (e) => e.getBoundingClientRect().left)).toBe(0);
    expect(await article.$eval(SIDEBAR, (e) => getComputedStyle(e).backgroundColor)).toBe('rgb(13, 17, 23)');
    await options.$eval('[data-testid=summary-length]', (e) => {
      (e as HTMLInputElement).value = '1';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => options.$eval('output', (e) => e.textContent)).toBe('1 sentence');
    const popup = await s.ff.openExtensionPage(`popup.html?tabId=${tabId}`);
    await analysisShown(popup, 'page');
    expect(await popup.$$eval('[data-testid=summary] li', (els) => els.length)).toBe(1);
    expect(await popup.$eval('[data-testid=popup]', (e) => getComputedStyle(e).backgroundColor)).toBe('rgb(13, 17, 23)');
    await popup.close();
  });

  it('"Change shortcut" opens Firefox\'s shortcut editor in the Add-ons Manager', async () => {
    await options.bringToFront();
    await click(options, '[data-testid=change-shortcut]');
    await expect.poll(() => s.ff.chrome<string>('gBrowser.selectedBrowser.currentURI.spec'), { timeout: 10000 }).toMatch(/^about:addons/);
  });
});
