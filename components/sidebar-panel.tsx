// The in-page sidebar: close button first, Esc closes, focus moves in when it opens.

import { useEffect, useRef } from 'preact/hooks';
import type { TabView } from '../extension/messages';
import type { Highlighter } from './analysis-view';
import { Logo } from './logo';
import type { MemoryLineClient } from './memory-line';
import { TabViewPanel } from './tab-view-panel';
import { useSettings } from './use-settings';
import { t } from '../extension/i18n';

interface Props {
  view: TabView | null;
  highlight: Highlighter;
  onClose: () => void;
  memory?: MemoryLineClient;
}

export function SidebarPanel({ view, highlight, onClose, memory }: Props) {
  const settings = useSettings();
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <aside
      class="nl nl-sidebar"
      role="complementary"
      aria-label={t('ext_name')}
      data-testid="sidebar"
      data-theme={settings.theme}
      data-side={settings.sidebarSide}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div class="nl-bar">
        <button ref={closeButton} type="button" class="nl-icon-btn" aria-label={t('close_sidebar')} data-testid="close" onClick={onClose}>
          ×
        </button>
        <span class="nl-brand">
          <Logo /> {t('ext_name')}
        </span>
      </div>
      <TabViewPanel view={view} highlight={highlight} entityTypes={settings.entityTypes} memory={memory} />
    </aside>
  );
}
