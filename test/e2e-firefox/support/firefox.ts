// Drives the built extension in Debian's Firefox ESR through puppeteer-core (WebDriver BiDi).
// WebDriver BiDi will not navigate a tab to moz-extension:// and cannot click a native menu or a
// toolbar button; with --remote-allow-system-access it evaluates in the browser window itself
// ("chrome" scope), and from there these helpers do what a reader's clicks do, through Firefox's own code.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import messages from '../../../public/_locales/en/messages.json';

export const FIREFOX = '/usr/bin/firefox-esr';

// the words of our own context-menu entries, as the reader sees them
const MENU_LABELS: Record<string, string> = {
  'newslens-analyze-page': messages.menu_analyze_page.message,
  'newslens-analyze-selection': messages.menu_analyze_selection.message,
};

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

/**
 * `profile`: a profile directory of the caller's, kept on close, for a browser restarted on it. The add-on is
 * a temporary one, removed at each shutdown: the two keep* prefs let its storage and its moz-extension://
 * address outlive that, as they do for an add-on installed for good.
 */
export async function launchFirefox(extensionDir: string, opts: { profile?: string } = {}): Promise<FirefoxHarness> {
  const downloads = mkdtempSync(join(tmpdir(), 'newslens-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    ...(opts.profile && { userDataDir: opts.profile }),
    extraPrefsFirefox: {
      ...(opts.profile && { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true }),
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

  // Our entry is found by the id Firefox derives from the menu id, or else by its label: nothing depends on
  // where Firefox places it among its own entries (their number and names change between versions).
  async function clickMenu(page: Page, menuId: string, at = { x: 300, y: 300 }): Promise<void> {
    const label = MENU_LABELS[menuId] ?? menuId;
    let shown = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
      await page.bringToFront();
      await page.mouse.click(at.x, at.y, { button: 'right' });
      const result = await chrome<{ clicked: boolean; shown: string }>(`new Promise((resolve) => {
        const menu = document.getElementById('contentAreaContextMenu');
        const started = Date.now();
        const visible = () => [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden && !i.collapsed);
        const tick = () => {
          const item = visible().find((i) => i.id.endsWith('_' + ${JSON.stringify(menuId)}) || i.label === ${JSON.stringify(label)});
          if (menu.state === 'open' && item) {
            item.doCommand();
            menu.hidePopup();
            resolve({ clicked: true, shown: '' });
          } else if (Date.now() - started > 5000) {
            const shown = 'menu ' + menu.state + ': ' + visible().map((i) => i.label || i.id).filter(Boolean).join(' | ');
            if (menu.state === 'open') menu.hidePopup();
            resolve({ clicked: false, shown });
          } else setTimeout(tick, 50);
        };
        tick();
      })`);
      if (result.clicked) return;
      shown = result.shown;
    }
    throw new Error(`context menu entry "${label}" (${menuId}) not found after 3 right-clicks; ${shown}`);
  }

  const pressShortcut = () =>
    chrome<void>(`(() => {
      // Firefox keeps one <key> per command of ours in this keyset; we have one command
      const key = document.getElementById('ext-keyset-id-${widget}')?.querySelector('key');
      if (!key) throw new Error('no shortcut registered: keysets are ' + [...document.querySelectorAll('keyset')].map((k) => k.id).join(', '));
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
