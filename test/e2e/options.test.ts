// The options page: each setting is stored at once and the popup and the sidebar follow it live.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/setup';

const s = useBrowser();
let article: Page;
let options: Page;
let tabId: number;

const sidebar = () => article.locator('newslens-sidebar [data-testid=sidebar]');
const saved = () => s.h.extPage.evaluate(() => chrome.storage.local.get('settings').then((r) => r.settings as Record<string, unknown> | undefined));

beforeAll(async () => {
  article = await s.h.context.newPage();
  await article.goto(`${s.server.origin}/fixtures/seed-stargate/index.html`);
  tabId = await s.h.grantActiveTab(article);
});

describe('options page', () => {
  it('is the manifest\'s options page, opened from the popup', async () => {
    const popup = await s.h.openPopup(tabId);
    const opened = s.h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Settings' }).click();
    options = await opened;
    await options.getByTestId('options').waitFor();
    expect(options.url()).toBe(`chrome-extension://${s.h.extensionId}/options.html`);
    await popup.close();
  });

  it('theme, side and kinds of names apply to an open sidebar at once', async () => {
    const popup = await s.h.openPopup(tabId);
    await popup.getByRole('button', { name: 'Open sidebar' }).click();
    await sidebar().getByTestId('analysis').waitFor();
    await popup.close();
    await options.bringToFront();
    await options.getByLabel('Dark').check();
    await expect.poll(() => sidebar().getAttribute('data-theme')).toBe('dark');
    expect(await sidebar().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(13, 17, 23)');
    await options.getByLabel('Left').check();
    await expect.poll(() => sidebar().evaluate((el) => el.getBoundingClientRect().left)).toBe(0);
    await options.getByTestId('entity-type-person').uncheck();
    await expect.poll(() => sidebar().locator('[data-testid=entity-group][data-type=person]').count()).toBe(0);
    await expect.poll(() => sidebar().getByTestId('entities-hidden').count()).toBe(1);
    expect(await saved()).toMatchObject({ theme: 'dark', sidebarSide: 'left', entityTypes: ['organization', 'product', 'place', 'money', 'other'] });
    await expect.poll(() => options.getByTestId('options-status').textContent()).toBe('Saved');
  });

  it('the summary length changes the analysis: a new one is made, not the cached one shown', async () => {
    const slider = options.getByTestId('summary-length');
    await slider.fill('1');
    await expect.poll(async () => (await saved())?.summarySentences).toBe(1);
    expect(await options.locator('output').textContent()).toBe('1 sentence');
    const popup = await s.h.openPopup(tabId);
    await popup.getByTestId('analysis').waitFor();
    expect(await popup.getByTestId('summary').locator('li').count()).toBe(1);
    expect(await popup.getByTestId('popup').getAttribute('data-cached')).toBe('false');
    // changed while the popup is open: the popup asks again
    await options.bringToFront();
    await slider.fill('5');
    await expect.poll(() => popup.getByTestId('summary').locator('li').count()).toBe(5);
    await popup.close();
  });

  it('shows the shortcut the browser has, and opens the browser\'s shortcut settings', async () => {
    const [command] = await s.h.extPage.evaluate(() => chrome.commands.getAll().then((all) => all.filter((c) => c.name === 'toggle-sidebar')));
    expect(await options.getByTestId('shortcut').getAttribute('data-keys')).toBe(command?.shortcut ?? '');
    const opened = s.h.context.waitForEvent('page');
    await options.getByRole('button', { name: 'Change shortcut' }).click();
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
  });

  it('every control is reachable with Tab', async () => {
    await options.bringToFront();
    await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await options.keyboard.press('Tab');
      seen.add(await options.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));
    }
    // a radio group is one stop (arrow keys move inside it), as in any form
    for (const id of ['summary-length', 'entity-type-person', 'entity-type-other', 'side-left', 'theme-dark', 'change-shortcut']) expect(seen).toContain(id);
  });
});
