import { render } from 'preact';
import { browser } from 'wxt/browser';
import { MemoryApp, type MemoryPageClient } from '../../components/memory-app';
import { t } from '../../extension/i18n';
import { memoryFileName, timelineFileName, timelineMarkdown } from '../../extension/memory-markdown';
import { readJsonFile, saveText } from '../../extension/memory-files';
import { sendToBackground } from '../../extension/messages';
import { readSettings } from '../../extension/settings';
import '../../components/newslens.css';
import '../../components/memory.css';

// The page asks the background, which holds the one connection to the memory's database: the same store,
// search index and schema upgrade for the popup, the sidebar and this page.
const home = browser.runtime.getURL('/memory.html');
const client: MemoryPageClient = {
  search: (query) => sendToBackground('memory-search', { query }),
  entity: (name) => sendToBackground('memory-entity', { name }),
  overview: () => sendToBackground('memory-overview', {}),
  forgetArticle: async (url) => void (await sendToBackground('memory-forget-article', { url })),
  exportAll: () => sendToBackground('memory-export', {}),
  importAll: (data) => sendToBackground('memory-import', { data }),
  clear: async () => void (await sendToBackground('memory-clear', {})),
  usage: async () => (await navigator.storage?.estimate?.().catch(() => null))?.usage ?? null,
  save: saveText,
  readJson: readJsonFile,
  timelineMarkdown: (timeline) => ({ fileName: timelineFileName(timeline.entity.name), text: timelineMarkdown(timeline) }),
  memoryFileName: () => memoryFileName(new Date()),
  entityHref: (name) => `${home}?entity=${encodeURIComponent(name)}`,
  homeHref: home,
};

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const entity = params.get('entity')?.trim() || null;
  const query = params.get('q')?.trim() || null;
  document.documentElement.lang = t('lang');
  document.title = entity ? t('memory_entity_title', entity) : t('memory_page_title');
  render(<MemoryApp client={client} route={{ entity, query }} settings={await readSettings()} />, document.getElementById('app')!);
}

void start();
