// Drives the built extension in Debian's Chromium through playwright-core: one browser per test file.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { CachedAnalysis } from '../../../extension/storage';

/** The build under test: global-setup's private copy under vitest, .output itself elsewhere (npm start). */
export const BUILD_DIR = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** an extension page kept open to call chrome.* APIs as a trusted extension context */
  extPage: Page;
  /** URLs the browser's pages requested outside the test server and the browser itself */
  foreignRequests: string[];
  worker(): Promise<Worker>;
  tabIdOf(page: Page): Promise<number>;
  /** What a click on the toolbar button grants (activeTab), without opening the popup. */
  grantActiveTab(page: Page): Promise<number>;
  /** A real click on the toolbar button: the real popup opens and reads the page. */
  clickToolbarButton(page: Page): Promise<number>;
  /** when the last click was sent to the browser, in ms since the epoch (the benchmark's start of a click) */
  readonly lastClickAt: number;
  /** popup.html?tabId=N in a tab of its own, at the popup's width. */
  openPopup(tabId: number, height?: number): Promise<Page>;
  readCache(tabId: number): Promise<CachedAnalysis | null>;
  /** What the real (toolbar) popup shows, read through chrome.extension.getViews; null while it is not open. */
  realPopup(): Promise<{ state: string; message: string; title: string } | null>;
  /** Stops the background service worker as Chrome does when it idles; throws if it keeps running. */
  stopServiceWorker(): Promise<void>;
  workerRuns(): Promise<boolean>;
  /** After the extension reloaded (an update, a changed setting): waits for its new worker, opens a new extPage. */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

/** `profile`: a profile directory of the caller's, kept on close (a browser restarted on the same profile). */
export async function launchExtension(opts: { origin: string; headless?: boolean; extensionDir?: string; profile?: string }): Promise<Harness> {
  const EXTENSION_DIR = opts.extensionDir ?? BUILD_DIR;
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'newslens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // lets CDP's Extensions.triggerAction click the toolbar button, the one way to grant activeTab headless
      '--enable-unsafe-extension-debugging',
    ],
  });
  const foreignRequests: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(opts.origin) && !/^(chrome|chrome-extension|devtools|data|blob|about):/.test(url)) foreignRequests.push(url);
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  const extOrigin = `chrome-extension://${extensionId}`;
  let extPage = context.pages()[0] ?? (await context.newPage());
  await extPage.goto(`${extOrigin}/popup.html`);
  const cdp: CDPSession = await context.browser()!.newBrowserCDPSession();

  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().startsWith(extOrigin)) ?? context.waitForEvent('serviceworker', { timeout: 5000 });

  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await extPage.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([t]) => t?.id ?? -1));
    if (id < 0) throw new Error('no active tab');
    return id;
  }

  async function tabTarget(page: Page): Promise<string> {
    await page.bringToFront();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    type Info = (typeof targetInfos)[number] & { embedderData?: { tabActive?: boolean } };
    const infos = targetInfos as Info[];
    const same = infos.filter((t) => t.url === page.url());
    // view-source: tabs report the inner URL to Playwright: fall back on the active tab
    const target = same.find((t) => t.embedderData?.tabActive) ?? same[0] ?? infos.find((t) => t.embedderData?.tabActive);
    if (!target) throw new Error(`no tab target for ${page.url()}`);
    return target.targetId;
  }

  let lastClickAt = NaN;
  async function clickToolbarButton(page: Page): Promise<number> {
    // one real popup at a time, as in a browser window
    await extPage.evaluate(() => (chrome.extension.getViews({ type: 'popup' }) as unknown as Array<typeof window>).forEach((w) => w.close()));
    const tabId = await tabIdOf(page);
    const targetId = await tabTarget(page);
    lastClickAt = performance.timeOrigin + performance.now();
    await cdp.send('Extensions.triggerAction' as 'Target.getTargets', { id: extensionId, targetId } as never);
    return tabId;
  }

  async function grantActiveTab(page: Page): Promise<number> {
    const tabId = await tabIdOf(page);
    await extPage.evaluate((t) => chrome.action.setPopup({ tabId: t, popup: '' }), tabId);
    try {
      await cdp.send('Extensions.triggerAction' as 'Target.getTargets', { id: extensionId, targetId: await tabTarget(page) } as never);
    } finally {
      await extPage.evaluate((t) => chrome.action.setPopup({ tabId: t, popup: 'popup.html' }), tabId);
    }
    return tabId;
  }

  async function openPopup(tabId: number, height = 600): Promise<Page> {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height });
    await popup.goto(`${extOrigin}/popup.html?tabId=${tabId}`);
    return popup;
  }

  const readCache = (tabId: number) =>
    extPage.evaluate((key) => chrome.storage.session.get(key).then((r) => (r[key] as CachedAnalysis | undefined) ?? null), `tab-${tabId}`);

  const realPopup = () =>
    extPage.evaluate(() => {
      const doc = (chrome.extension.getViews({ type: 'popup' }) as unknown as Array<typeof window>)[0]?.document;
      if (!doc) return null;
      const status = doc.querySelector('[data-testid=status]');
      return {
        state: status?.getAttribute('data-state') ?? (doc.querySelector('[data-testid=analysis]') ? 'ready' : ''),
        message: doc.querySelector('[data-testid=status-message]')?.textContent ?? '',
        title: doc.querySelector('[data-testid=title]')?.textContent ?? '',
      };
    });

  const workerRuns = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(extOrigin));

  async function stopServiceWorker(): Promise<void> {
    const session = await context.newCDPSession(extPage);
    const running: string[] = [];
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(extOrigin) && v.runningStatus === 'running') running.push(v.versionId);
    });
    await session.send('ServiceWorker.enable');
    for (let i = 0; i < 20 && !running.length; i++) await new Promise((r) => setTimeout(r, 50));
    for (const versionId of new Set(running)) await session.send('ServiceWorker.stopWorker', { versionId });
    await session.send('ServiceWorker.disable');
    await session.detach();
    // stopped once no service-worker target of ours is left
    for (let i = 0; i < 50; i++) {
      if (!(await workerRuns())) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the service worker did not stop');
  }

  async function reopen(): Promise<void> {
    extPage = await context.newPage();
    // the extension's pages are refused (ERR_BLOCKED_BY_CLIENT) until the reload has finished
    for (let i = 0; ; i++) {
      try {
        await extPage.goto(`${extOrigin}/popup.html`);
        break;
      } catch (e) {
        if (i >= 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    // the popup page asks the background for its view: that wakes the new worker
    for (let i = 0; i < 50 && !context.serviceWorkers().some((w) => w.url().startsWith(extOrigin)); i++) await new Promise((r) => setTimeout(r, 100));
  }

  return {
    context,
    extensionId,
    get extPage() {
      return extPage;
    },
    foreignRequests,
    get lastClickAt() {
      return lastClickAt;
    },
    worker,
    tabIdOf,
    grantActiveTab,
    clickToolbarButton,
    openPopup,
    readCache,
    realPopup,
    stopServiceWorker,
    workerRuns,
    reopen,
    close: async () => {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
