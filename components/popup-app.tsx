// The toolbar popup (and its popped-out tab). It talks to the extension only through `api`.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabView } from '../extension/messages';
import { t } from '../extension/i18n';
import { problemView } from '../extension/reader-error';
import type { Settings } from '../extension/settings';
import type { Highlighter } from './analysis-view';
import { Logo } from './logo';
import type { MemoryLineClient } from './memory-line';
import { TabViewPanel } from './tab-view-panel';
import { useDocumentTheme, useSettings } from './use-settings';

export interface PopupApi {
  load(refresh: boolean): Promise<TabView>;
  openSidebar(): Promise<void>;
  popOut(): Promise<void>;
  openSettings(): Promise<void>;
  highlight: Highlighter;
  memory: MemoryLineClient;
}

interface Props {
  api: PopupApi;
  /** shown in a tab of its own rather than under the toolbar button */
  poppedOut: boolean;
  /** read before the first render, so that the theme does not flash */
  settings?: Settings;
}

export function PopupApp({ api, poppedOut, settings: initial }: Props) {
  const settings = useSettings(initial);
  useDocumentTheme(settings.theme);
  const [view, setView] = useState<TabView | null>(null);
  // several requests may be under way (the summary length changed twice): only the last one is shown
  const latest = useRef(0);
  const load = useCallback(
    (refresh: boolean) => {
      const request = ++latest.current;
      const show = (v: TabView) => request === latest.current && setView(v);
      setView(null);
      api.load(refresh).then(show, (e: unknown) => show(problemView(e, 'newslens')));
    },
    [api],
  );
  useEffect(() => load(false), [load]);
  // a new summary length needs a new analysis: ask for one when it changes while the popup is open
  const sentences = useRef(settings.summarySentences);
  useEffect(() => {
    if (sentences.current === settings.summarySentences) return;
    sentences.current = settings.summarySentences;
    load(true);
  }, [settings.summarySentences, load]);
  const readable = view?.state === 'ready';
  return (
    <div
      class={poppedOut ? 'nl nl-popup nl-popped' : 'nl nl-popup'}
      data-testid="popup"
      data-cached={view?.state === 'ready' ? String(view.cached) : undefined}
      data-theme={settings.theme}
    >
      <header class="nl-bar">
        <span class="nl-brand">
          <Logo /> {t('ext_name')}
        </span>
        <button type="button" class="nl-btn" disabled={!readable} onClick={() => void api.openSidebar()}>
          {t('open_sidebar')}
        </button>
        {!poppedOut && (
          <button type="button" class="nl-btn" title={t('pop_out_title')} onClick={() => void api.popOut()}>
            {t('pop_out')}
          </button>
        )}
        <button type="button" class="nl-icon-btn" aria-label={t('open_settings')} title={t('open_settings')} data-testid="open-settings" onClick={() => void api.openSettings()}>
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      <main>
        <TabViewPanel view={view} highlight={api.highlight} entityTypes={settings.entityTypes} onRetry={() => load(true)} memory={api.memory} />
      </main>
    </div>
  );
}
