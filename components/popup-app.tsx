// The toolbar popup (and its popped-out tab). It talks to the extension only through `api`.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabView } from '../extension/messages';
import type { Highlighter } from './analysis-view';
import { Logo } from './logo';
import { TabViewPanel } from './tab-view-panel';

export interface PopupApi {
  load(refresh: boolean): Promise<TabView>;
  openSidebar(): Promise<void>;
  popOut(): Promise<void>;
  highlight: Highlighter;
}

interface Props {
  api: PopupApi;
  /** shown in a tab of its own rather than under the toolbar button */
  poppedOut: boolean;
}

export function PopupApp({ api, poppedOut }: Props) {
  const [view, setView] = useState<TabView | null>(null);
  const load = useCallback(
    (refresh: boolean) => {
      setView(null);
      api.load(refresh).then(setView, (e: unknown) => setView({ state: 'error', message: e instanceof Error ? e.message : String(e) }));
    },
    [api],
  );
  useEffect(() => load(false), [load]);
  const readable = view?.state === 'ready';
  return (
    <div
      class={poppedOut ? 'nl nl-popup nl-popped' : 'nl nl-popup'}
      data-testid="popup"
      data-cached={view?.state === 'ready' ? String(view.cached) : undefined}
    >
      <div class="nl-bar">
        <span class="nl-brand">
          <Logo /> Newslens
        </span>
        <button type="button" class="nl-btn" disabled={!readable} onClick={() => void api.openSidebar()}>
          Open sidebar
        </button>
        {!poppedOut && (
          <button type="button" class="nl-btn" title="Open this view in a tab of its own" onClick={() => void api.popOut()}>
            Pop out ↗
          </button>
        )}
      </div>
      <TabViewPanel view={view} highlight={api.highlight} onRetry={() => load(true)} />
    </div>
  );
}
