// A hostile article (pages/hostile.html): every payload × every surface. Nothing runs in the popup, the
// sidebar or the page because of Newslens; nothing is kept in the exports or the cache; the page's
// styles cannot hide or restyle the sidebar. A control runs each payload on purpose to prove it is live.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dispatch } from './support/dispatch';
import { watchErrors, type ErrorWatch } from './support/error-watch';
import { readClipboard, waitForCache } from './support/page-probes';
import { activeMarkup, forbiddenIn, payloadsOf, ranIn, runPayloadsOnPurpose, type Payload } from './support/payloads';
import { useBrowser } from './support/setup';

const s = useBrowser();
const sidebar = (p: Page) => p.locator('newslens-sidebar [data-testid=sidebar]');

let page: Page;
let popup: Page;
let tabId: number;
let payloads: Payload[];
let errors: ErrorWatch;
const dialogs: string[] = [];
const popupConsole: string[] = [];
const exports = { markdown: '', json: '', cache: '' };
/** what had run in the page before the sidebar opened: the sidebar lives in the page's DOM */
let ranBeforeSidebar: string[] = [];

beforeAll(async () => {
  errors = watchErrors(s.h.context, `chrome-extension://${s.h.extensionId}`);
  s.h.context.on('dialog', (d) => {
    dialogs.push(`${d.page()?.url() ?? '?'}: ${d.message()}`);
    void d.dismiss();
  });
  page = await s.h.context.newPage();
  await errors.watchPage(page);
  await page.goto(`${s.server.origin}/pages/hostile.html`);
  payloads = await payloadsOf(page);
});

describe('a hostile article', () => {
  it('is inert as served: its own script ran, no payload did', async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(20);
    expect(await page.evaluate(() => (window as unknown as { __pageOwnScript?: string }).__pageOwnScript)).toBe('ran');
    expect(await ranIn(page)).toEqual([]);
  });

  it('is analysed in the popup, its entities and events highlighted, and exported', async () => {
    tabId = await s.h.grantActiveTab(page);
    popup = await s.h.openPopup(tabId, 900);
    popup.on('console', (m) => void (m.type() === 'error' && popupConsole.push(m.text())));
    await popup.getByTestId('analysis').waitFor();
    const cached = await waitForCache(s.h, tabId);
    expect(cached.analysis.isArticle).toBe(true);
    expect(cached.analysis.title).toMatch(/^Pellucid Robotics signs/);
    exports.cache = JSON.stringify(cached);
    await popup.getByTestId('entity').first().click();
    await popup.getByTestId('event').first().locator('button').click();
    await popup.getByTestId('copy-markdown').click();
    await expect.poll(() => popup.getByTestId('export-note').textContent()).not.toBe('');
    exports.markdown = await readClipboard(s, page);
    const download = popup.waitForEvent('download');
    await popup.getByTestId('download-json').click();
    exports.json = readFileSync((await (await download).path())!, 'utf8');
    expect(JSON.parse(exports.json)).toEqual(cached.analysis);
    ranBeforeSidebar = await ranIn(page);
  });

  it('is analysed in the sidebar, highlighted and exported there too', async () => {
    await popup.getByRole('button', { name: 'Open sidebar' }).click();
    await sidebar(page).getByTestId('analysis').waitFor();
    await sidebar(page).getByTestId('entity').first().click();
    await sidebar(page).getByTestId('event').first().locator('button').click();
    await sidebar(page).getByTestId('copy-markdown').click();
    await expect.poll(() => sidebar(page).getByTestId('export-note').textContent()).not.toBe('');
    exports.markdown += `\n${await readClipboard(s, page)}`;
    const download = page.waitForEvent('download');
    await sidebar(page).getByTestId('download-json').click();
    exports.json += `\n${readFileSync((await (await download).path())!, 'utf8')}`;
  });

  it('"Analyze selection" over markup-looking text keeps none of it', async () => {
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector('[data-payload=pw-text-script]')!);
      range.setEndAfter(document.querySelector('[data-payload=pw-text-js-iframe]')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected).toContain('<img src=x onerror=');
    await dispatch(s.h, tabId, 'menu', { menuItemId: 'newslens-analyze-selection', editable: false, pageUrl: page.url(), selectionText: selected });
    await expect.poll(() => sidebar(page).locator('.nl-scope').count()).toBe(1);
    const download = page.waitForEvent('download');
    await sidebar(page).getByTestId('download-json').click();
    const json = readFileSync((await (await download).path())!, 'utf8');
    expect((JSON.parse(json) as { summary: string[] }).summary.length).toBeGreaterThan(0);
    exports.json += `\n${json}`;
  });

  it('cannot hide, cover or restyle the sidebar with its own styles', async () => {
    const look = await page.evaluate(() => {
      const host = document.querySelector('newslens-sidebar')!;
      const aside = host.shadowRoot!.querySelector('aside')!;
      const hs = getComputedStyle(host);
      const box = aside.getBoundingClientRect();
      const button = getComputedStyle(host.shadowRoot!.querySelector('[data-testid=copy-markdown]')!);
      return {
        display: hs.display,
        visibility: hs.visibility,
        opacity: hs.opacity,
        transform: hs.transform,
        before: getComputedStyle(host, '::before').content,
        asideDisplay: getComputedStyle(aside).display,
        box: { left: Math.round(box.left), width: Math.round(box.width), height: Math.round(box.height) },
        hit: document.elementFromPoint(box.left + box.width / 2, box.top + 40)?.tagName.toLowerCase(),
        color: button.color,
        font: button.fontFamily,
      };
    });
    expect(look).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1', transform: 'none', before: 'none', asideDisplay: 'block', hit: 'newslens-sidebar' });
    expect(look.box.width).toBeGreaterThanOrEqual(300);
    expect(look.box.left + look.box.width).toBeLessThanOrEqual(1280);
    expect(look.box.height).toBeGreaterThan(500);
    expect(look.color).not.toBe('rgb(255, 0, 0)');
    expect(look.font).toContain('system-ui');
  });

  it('ran nothing and kept nothing, on every surface (payload × surface table)', async () => {
    const control = await s.h.context.newPage();
    await control.goto(`${s.server.origin}/pages/hostile.html?control`);
    const live = await runPayloadsOnPurpose(control);
    await control.close();

    const inPage = await ranIn(page);
    const inPopup = await ranIn(popup);
    const worker = await s.h.worker();
    const inWorker = await worker.evaluate(() => ({
      pwned: String((self as unknown as { __pwned?: unknown }).__pwned ?? ''),
      polluted: Object.keys(Object.prototype).length + Object.keys(Array.prototype).length,
    }));
    const mark = (ran: boolean) => (ran ? 'RAN' : '·');
    const keep = (text: string, name: string) => (text.includes(name) ? 'KEPT' : '·');
    const rows = payloads.map((p) => {
      const ranOnPurpose = p.mode === 'none' ? 'n/a (text)' : live.includes(p.name) ? 'yes' : 'NO';
      return [p.name, p.mode, ranOnPurpose, mark(inPopup.includes(p.name)), mark(inPage.includes(p.name) && !ranBeforeSidebar.includes(p.name)), mark(ranBeforeSidebar.includes(p.name)), keep(exports.markdown, p.name), keep(exports.json, p.name), keep(exports.cache, p.name)];
    });
    const head = ['payload', 'carrier', 'live when run on purpose', 'popup', 'sidebar', 'page', 'Markdown', 'JSON', 'cache'];
    const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
    console.log(`\nHostile page: payload × surface (RAN = executed, KEPT = survived)\n${table}\n`);

    // the control proves each payload live, so an empty surface below means something
    expect(rows.filter((r) => r[2] === 'NO').map((r) => r[0])).toEqual([]);
    expect(inPage).toEqual([]);
    expect(inPopup).toEqual([]);
    expect(inWorker).toEqual({ pwned: '', polluted: 0 });
    // the control's alert() reached the dialog listener, so none from anywhere else means none was opened
    expect(dialogs.filter((d) => d.includes('?control')).length).toBeGreaterThan(0);
    expect(dialogs.filter((d) => !d.includes('?control'))).toEqual([]);
    // a blocked attempt would show up as a CSP report in the popup's console
    expect(popupConsole.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    expect({ markdown: forbiddenIn(exports.markdown), json: forbiddenIn(exports.json), cache: forbiddenIn(exports.cache) }).toEqual({ markdown: [], json: [], cache: [] });
    expect(rows.filter((r) => r.slice(6).includes('KEPT')).map((r) => r[0])).toEqual([]);
    expect(await page.title()).toMatch(/^Pellucid Robotics signs/);
  });

  it('leaves no element or attribute that can run code in the popup or the sidebar', async () => {
    expect(await activeMarkup(popup, '[data-testid=popup]')).toEqual([]);
    expect(await activeMarkup(page, 'newslens-sidebar', true)).toEqual([]);
  });

  it('raised no uncaught error in the page, its content scripts or the service worker', () => {
    expect(errors.page).toEqual([]);
    expect(errors.worker).toEqual([]);
  });

  it('made no network request', () => {
    expect(s.h.foreignRequests).toEqual([]);
  });
});
