import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupApi } from '../../components/popup-app';
import { sendToBackground } from '../../extension/messages';
import '../../components/newslens.css';

// popup.html?tabId=N shows tab N (the popped-out view); otherwise the tab the toolbar button was clicked on.
async function targetTab(): Promise<{ tabId: number | null; poppedOut: boolean }> {
  const given = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(given) && given > 0) return { tabId: given, poppedOut: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, poppedOut: false };
}

async function start(): Promise<void> {
  const { tabId, poppedOut } = await targetTab();
  const api: PopupApi = {
    load: async (refresh) =>
      tabId === null ? { state: 'error', message: 'There is no tab to analyse.' } : sendToBackground('get-analysis', { tabId, refresh, viaToolbar: !poppedOut }),
    openSidebar: async () => {
      if (tabId === null) return;
      await sendToBackground('open-sidebar', { tabId });
      if (!poppedOut) window.close();
    },
    popOut: async () => {
      if (tabId === null) return;
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tabId=${tabId}` });
      window.close();
    },
    highlight: async (target) => (tabId === null ? 0 : (await sendToBackground('highlight', { tabId, target })).found),
  };
  render(<PopupApp api={api} poppedOut={poppedOut} />, document.getElementById('app')!);
}

void start();
