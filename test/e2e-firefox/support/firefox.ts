// Drives the built extension in Debian's Firefox ESR through puppeteer-core (WebDriver BiDi).
// WebDriver BiDi will not navigate a tab to moz-extension:// and cannot click a native menu or a
// toolbar button; with --remote-allow-system-access it evaluates in the browser window itself
// ("chrome" scope), and from there these helpers do what a reader's clicks do, through Firefox's own code.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';

export interface FirefoxHarness {
  browser: Browser;
  extensionId: string;
  /** where "Download JSON" saves files */
  downloads: string;
  /** Evaluates an expression in the browser window (privileged); returns its JSON-serialisable value. */
  chrome<T>(expression: string): Promise<T>;
  newPage(url: string): Promise<Page>;
  /** The tabs API id of the selected tab. */
  selectedTabId(): Promise<number>;
  /** A moz-extension:// page of ours in a new tab, e.g. "popup.html?tabId=3". */
  openExtensionPage(path: string): Promise<Page>;
  /** Right-clicks the page and clicks our menu entry, as a reader does. */
  clickMenu(page: Page, menuId: string, at?: { x: number; y: number }): Promise<void>;
  /** Fires the sidebar shortcut's <key> element, as pressing its keys does. */
  pressShortcut(): Promise<void>;
  clipboardText(): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxHarness> {
  const downloads = mkdtempSync(join(tmpdir(), 'newslens-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.panel.shown': true,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  // puppeteer's BiDi connection, public in practice though not in its types: raw commands with Firefox's extensions
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  type Tree = { contexts: Array<{ context: string; url: string }> };
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as unknown as { result: Tree };
  const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')!.context;

  async function chrome<T>(expression: string): Promise<T> {
    const sent = (await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: window },
      awaitPromise: true,
    })) as unknown as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
    const r = sent.result;
    if (r.type !== 'success') throw new Error(`chrome scope: ${r.exceptionDetails?.text ?? JSON.stringify(r)}`);
    return r.result?.value === undefined ? (undefined as T) : (JSON.parse(r.result.value) as T);
  }

  const ext = `WebExtensionPolicy.getByID(${JSON.stringify(extensionId)})`;
  const widget = extensionId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  const tabTracker = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.apiManager.global.tabTracker`;

  async function newPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url);
    return page;
  }

  async function openExtensionPage(path: string): Promise<Page> {
    const host = await chrome<string>(`${ext}.mozExtensionHostname`);
    const created = new Promise<Page>((resolve) =>
      browser.once('targetcreated', (target: { page(): Promise<Page | null> }) => void target.page().then((p) => resolve(p!))),
    );
    await chrome(`(() => {
      const tab = gBrowser.addTab(${JSON.stringify(`moz-extension://`)} + ${JSON.stringify(host)} + '/' + ${JSON.stringify(path)},
        { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
      gBrowser.selectedTab = tab;
      return true;
    })()`);
    const page = await created;
    await page.waitForFunction(() => document.readyState === 'complete' && document.getElementById('app')?.childElementCount, { timeout: 10000 });
    return page;
  }

  async function clickMenu(page: Page, menuId: string, at = { x: 300, y: 300 }): Promise<void> {
    await page.bringToFront();
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await chrome(`new Promise((resolve, reject) => {
      const menu = document.getElementById('contentAreaContextMenu');
      const started = Date.now();
      const tick = () => {
        const item = [...menu.querySelectorAll('menuitem')].find((i) => i.id.endsWith('-menuitem-_' + ${JSON.stringify(menuId)}));
        if (menu.state === 'open' && item) {
          item.doCommand();
          menu.hidePopup();
          resolve(true);
        } else if (Date.now() - started > 5000) reject(new Error('menu entry ' + ${JSON.stringify(menuId)} + ' not shown'));
        else setTimeout(tick, 50);
      };
      tick();
    })`);
  }

  const pressShortcut = () =>
    chrome<void>(`(() => {
      // Firefox keeps one <key> per command of ours in this keyset; we have one command
      const key = document.getElementById('ext-keyset-id-${widget}')?.querySelector('key');
      if (!key) throw new Error('no shortcut registered');
      key.doCommand();
    })()`);

  return {
    browser,
    extensionId,
    downloads,
    chrome,
    newPage,
    selectedTabId: () => chrome<number>(`${tabTracker}.getId(gBrowser.selectedTab)`),
    openExtensionPage,
    clickMenu,
    pressShortcut,
    clipboardText: () =>
      chrome<string>(`(() => {
        const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        t.init(null);
        t.addDataFlavor('text/plain');
        Services.clipboard.getData(t, Services.clipboard.kGlobalClipboard, null);
        const out = {};
        t.getTransferData('text/plain', out);
        return out.value.QueryInterface(Ci.nsISupportsString).data;
      })()`),
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
