// Reading what the extension did, from the page's side and from the popup's DOM.

import type { Locator, Page } from 'playwright-core';
import type { CachedAnalysis } from '../../../extension/storage';
import type { Harness } from './extension';

export async function waitForCache(h: Harness, tabId: number, timeout = 15000): Promise<CachedAnalysis> {
  const until = Date.now() + timeout;
  for (;;) {
    const cached = await h.readCache(tabId);
    if (cached) return cached;
    if (Date.now() > until) throw new Error(`no cached analysis for tab ${tabId}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const entityHighlights = (page: Page) => page.evaluate(() => CSS.highlights.get('newslens-entity')?.size ?? 0);
export const evidenceHighlights = (page: Page) => page.evaluate(() => CSS.highlights.get('newslens-evidence')?.size ?? 0);

/** Whatever highlighting could leave behind in the page. */
export const highlightLeftovers = (page: Page) =>
  page.evaluate(() => ({
    entity: CSS.highlights.get('newslens-entity')?.size ?? 0,
    evidence: CSS.highlights.get('newslens-evidence')?.size ?? 0,
    // the highlight colours: an adopted sheet (a <style> where adoption is refused)
    styles:
      document.querySelectorAll('#newslens-highlight-style').length +
      [...document.adoptedStyleSheets].filter((sh) => sh.cssRules[0]?.cssText.includes('::highlight(newslens-')).length,
    marks: document.querySelectorAll('mark').length,
  }));

export async function popupEntities(root: Page | Locator) {
  return root.locator('[data-testid=entity]').evaluateAll((els) =>
    els.map((el) => ({ name: el.getAttribute('data-name')!, type: el.getAttribute('data-type')!, mentions: Number(el.getAttribute('data-mentions')) })),
  );
}

export async function popupEvents(root: Page | Locator) {
  return root.locator('[data-testid=event]').evaluateAll((els) =>
    els.map((el) => ({
      date: el.getAttribute('data-date') ?? '',
      what: el.querySelector('[data-testid=event-what]')?.textContent ?? '',
      parties: [...el.querySelectorAll('[data-testid=party]')].map((p) => p.textContent ?? ''),
    })),
  );
}

/** The browser's clipboard, read from a web page of the test server (extension origins cannot be granted it). */
export async function readClipboard(s: { h: Harness; server: { origin: string } }, page: Page): Promise<string> {
  await s.h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.server.origin });
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Script worlds of this extension in the page: empty as long as nobody asked Newslens to read it. */
export async function extensionWorlds(page: Page, extensionId: string): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith(`chrome-extension://${extensionId}`) || context.name.includes(extensionId)) worlds.push(context.name || context.origin);
  });
  await session.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 100));
  await session.send('Runtime.disable');
  await session.detach();
  return worlds;
}
