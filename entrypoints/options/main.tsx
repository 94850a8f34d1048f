import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsApi } from '../../components/options-app';
import { t } from '../../extension/i18n';
import { readSettings, updateSettings } from '../../extension/settings';
import '../../components/newslens.css';
import '../../components/options.css';

// Firefox 137+ opens its own shortcut editor; it lets no extension open about:addons by URL.
type FirefoxCommands = { openShortcutSettings?: () => Promise<void> };

const api: OptionsApi = {
  openMemory: async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/memory.html') })),
  save: async (change) => void (await updateSettings(change)),
  readShortcut: async () => (await browser.commands.getAll()).find((c) => c.name === 'toggle-sidebar')?.shortcut ?? '',
  openShortcutSettings: async () => {
    if (!import.meta.env.FIREFOX) {
      await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
      return true;
    }
    const commands = browser.commands as FirefoxCommands;
    if (!commands.openShortcutSettings) return false;
    await commands.openShortcutSettings();
    return true;
  },
};

async function start(): Promise<void> {
  document.documentElement.lang = t('lang');
  document.title = t('options_title');
  render(<OptionsApp api={api} settings={await readSettings()} />, document.getElementById('app')!);
}

void start();
