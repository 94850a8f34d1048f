// Accessibility and looks: axe-core on the popup, the sidebar and the options page, in the light and the
// dark scheme (the theme setting's default, "same as the system"), with the README's screenshots.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeAxe, runAxe } from './support/axe';
import { useBrowser } from './support/setup';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const s = useBrowser();
let article: Page;
let tabId: number;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  article = await s.h.context.newPage();
  await article.goto(`${s.server.origin}/fixtures/seed-stargate/index.html`);
  tabId = await s.h.grantActiveTab(article);
});

describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
  it('popup: no serious or critical axe violation', async () => {
    const popup = await s.h.openPopup(tabId, 900);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByTestId('analysis').waitFor();
    const report = await runAxe(popup);
    console.info(describeAxe(`popup (${scheme})`, report));
    expect(report.blocking).toEqual([]);
    const background = await popup.getByTestId('popup').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
    await popup.screenshot({ path: `${SCREENSHOTS}popup-${scheme}.png`, fullPage: true });
    await popup.close();
  });

  it('sidebar: no serious or critical axe violation', async () => {
    await article.emulateMedia({ colorScheme: scheme });
    const popup = await s.h.openPopup(tabId);
    await popup.getByRole('button', { name: 'Open sidebar' }).click();
    const sidebar = article.locator('newslens-sidebar [data-testid=sidebar]');
    await sidebar.getByTestId('analysis').waitFor();
    await popup.close();
    const report = await runAxe(article, ['newslens-sidebar', '[data-testid=sidebar]']);
    console.info(describeAxe(`sidebar (${scheme})`, report));
    expect(report.blocking).toEqual([]);
    // a chip picked, as a reader would, so that the screenshot shows the highlight in the page
    await sidebar.getByTestId('entity').first().click();
    await sidebar.getByTestId('highlight-note').waitFor();
    await article.bringToFront();
    await article.screenshot({ path: `${SCREENSHOTS}sidebar-${scheme}.png` });
    await sidebar.getByTestId('close').click();
  });

  it('options page: no serious or critical axe violation', async () => {
    const options = await s.h.context.newPage();
    await options.setViewportSize({ width: 720, height: 900 });
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${s.h.extensionId}/options.html`);
    await options.getByTestId('options').waitFor();
    // the keys as the browser has them (headless Chromium assigns none to an unpacked extension)
    const [command] = await s.h.extPage.evaluate(() => chrome.commands.getAll().then((all) => all.filter((c) => c.name === 'toggle-sidebar')));
    await expect.poll(() => options.getByTestId('shortcut').getAttribute('data-keys')).toBe(command?.shortcut ?? '');
    await expect.poll(() => options.getByTestId('shortcut').textContent()).toMatch(/^Show or hide the sidebar: /);
    const report = await runAxe(options);
    console.info(describeAxe(`options (${scheme})`, report));
    expect(report.blocking).toEqual([]);
    await options.screenshot({ path: `${SCREENSHOTS}options-${scheme}.png`, fullPage: true });
    await options.close();
  });
});

describe('keyboard', () => {
  it('Tab reaches every control of the popup, and Enter picks an entity', async () => {
    const popup = await s.h.openPopup(tabId, 900);
    await popup.getByTestId('analysis').waitFor();
    const controls = await popup.locator('button:not([disabled]), a[href], input').count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 5; i++) {
      await popup.keyboard.press('Tab');
      reached.add(await popup.evaluate(() => {
        const el = document.activeElement!;
        return `${[...document.querySelectorAll('*')].indexOf(el)}`;
      }));
    }
    const all = await popup.locator('button:not([disabled]), a[href], input').evaluateAll((els) => els.map((el) => `${[...document.querySelectorAll('*')].indexOf(el)}`));
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
    const chip = popup.getByTestId('entity').first();
    await chip.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await popup.keyboard.press('Enter');
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('false');
    await popup.close();
  });
});
