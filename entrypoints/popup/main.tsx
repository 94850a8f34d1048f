import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupApi } from '../../components/popup-app';
import { t } from '../../extension/i18n';
import { memoryLineClient } from '../../extension/memory-line-client';
import { sendToBackground } from '../../extension/messages';
import { readSettings } from '../../extension/settings';
import '../../components/newslens.css';

// popup.html?tabId=N shows tab N (the popped-out view); otherwise the tab the toolbar button was clicked on.
async function targetTab(): Promise<{ tabId: number | null; poppedOut: boolean }> {
  const given = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(given) && given > 0) return { tabId: given, poppedOut: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, poppedOut: false };
}

async function start(): Promise<void> {
  document.documentElement.lang = t('lang');
  document.title = t('ext_name');
  const settingsRead = readSettings();
  const { tabId, poppedOut } = await targetTab();
  // ask for the analysis before the first render: the page is read while the popup paints
  const first = tabId === null ? null : sendToBackground('get-analysis', { tabId, refresh: false, viaToolbar: !poppedOut });
  first?.catch(() => undefined);
  const settings = await settingsRead;
  let pending = first;
  const api: PopupApi = {
    load: async (refresh) => {
      if (tabId === null) return { state: 'error', message: t('no_tab') };
      const early = !refresh ? pending : null;
      pending = null;
      return early ?? sendToBackground('get-analysis', { tabId, refresh, viaToolbar: !poppedOut });
    },
    openSidebar: async () => {
      if (tabId === null) return;
      const { opened } = await sendToBackground('open-sidebar', { tabId });
      // a page that cannot show a sidebar (an SVG or XML file): the popup stays, with its message
      if (opened && !poppedOut) window.close();
    },
    popOut: async () => {
      if (tabId === null) return;
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tabId=${tabId}` });
      window.close();
    },
    openSettings: async () => {
      await browser.runtime.openOptionsPage();
      if (!poppedOut) window.close();
    },
    highlight: async (target) => (tabId === null ? 0 : (await sendToBackground('highlight', { tabId, target })).found),
    memory: memoryLineClient(tabId ?? undefined, () => {
      if (!poppedOut) window.close();
    }),
  };
  render(<PopupApp api={api} poppedOut={poppedOut} settings={settings} />, document.getElementById('app')!);
}

void start();
