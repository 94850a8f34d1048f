// Pages that are not articles get a clear message, never a crash, and "Analyse anyway" still works:
// a home page, search results, a web app, an empty page, a frameset, an image gallery, plain text, an image.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors, type ErrorWatch } from './support/error-watch';
import { useBrowser } from './support/setup';

const s = useBrowser();
let errors: ErrorWatch;

const PAGES: Array<[string, string]> = [
  ['a home page', '/pages/home-page.html'],
  ['search results', '/pages/search-results.html?q=robotics'],
  ['a web app', '/pages/web-app.html'],
  ['an empty page', '/pages/empty.html'],
  ['a frameset', '/pages/frameset.html'],
  ['an image gallery', '/pages/gallery.html'],
  ['a plain-text file', '/made/notes.txt'],
  ['an image', '/made/picture.png'],
  ['an SVG document', '/made/drawing.svg'],
];

beforeAll(() => {
  errors = watchErrors(s.h.context, `chrome-extension://${s.h.extensionId}`);
  s.server.route('/made/notes.txt', { type: 'text/plain; charset=utf-8', body: 'Shopping list\n- cranes\n- forklifts\n\nCall Varga Freight on Monday.\n' });
  s.server.route('/made/picture.png', { type: 'image/png', body: readFileSync(new URL('../../public/icon/128.png', import.meta.url)) });
  s.server.route('/made/drawing.svg', { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><title>A lens</title><circle cx="40" cy="40" r="30" fill="#0b57d0"/></svg>' });
});

describe('pages that are not articles', () => {
  it.each(PAGES)('%s: "not an article" with a reason, and "Analyse anyway" shows what there is', async (_name, path) => {
    const page = await s.h.context.newPage();
    await errors.watchPage(page);
    await page.goto(`${s.server.origin}${path}`);
    const tabId = await s.h.grantActiveTab(page);
    const popup = await s.h.openPopup(tabId);
    const status = popup.locator('[data-testid=status]:not([data-state=analysing])');
    await status.waitFor();
    expect(await status.getAttribute('data-state')).toBe('not-article');
    const message = (await popup.getByTestId('status-message').textContent()) ?? '';
    expect(message.length).toBeGreaterThan(20);
    expect((await s.h.readCache(tabId))?.analysis.reason).toBe(message);
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();
    await popup.getByTestId('analysis').waitFor();
    expect(await popup.getByTestId('title').textContent()).toBeTruthy();
    await popup.close();
    await page.close();
  });

  it('a frameset: the sidebar still shows, over the frames', async () => {
    const page = await s.h.context.newPage();
    await errors.watchPage(page);
    await page.goto(`${s.server.origin}/pages/frameset.html`);
    const tabId = await s.h.grantActiveTab(page);
    const popup = await s.h.openPopup(tabId);
    await popup.locator('[data-testid=status][data-state=not-article]').waitFor();
    await popup.getByRole('button', { name: 'Open sidebar' }).click();
    const sidebar = page.locator('newslens-sidebar [data-testid=sidebar]');
    await sidebar.locator('[data-testid=status][data-state=not-article]').waitFor();
    const box = (await sidebar.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(300);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), [box.x + box.width / 2, box.y + 50] as const)).toBe('newslens-sidebar');
    await popup.close();
    await page.close();
  });

  it('raised no uncaught error in the pages or the service worker', () => {
    expect(errors.page).toEqual([]);
    expect(errors.worker).toEqual([]);
  });
});
