// The in-page sidebar: close button first, Esc closes, focus moves in when it opens.

import { useEffect, useRef } from 'preact/hooks';
import type { TabView } from '../extension/messages';
import type { Highlighter } from './analysis-view';
import { Logo } from './logo';
import { TabViewPanel } from './tab-view-panel';

interface Props {
  view: TabView | null;
  highlight: Highlighter;
  onClose: () => void;
}

export function SidebarPanel({ view, highlight, onClose }: Props) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <aside
      class="nl nl-sidebar"
      role="complementary"
      aria-label="Newslens"
      data-testid="sidebar"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div class="nl-bar">
        <button ref={closeButton} type="button" class="nl-icon-btn" aria-label="Close Newslens sidebar" data-testid="close" onClick={onClose}>
          ×
        </button>
        <span class="nl-brand">
          <Logo /> Newslens
        </span>
      </div>
      <TabViewPanel view={view} highlight={highlight} />
    </aside>
  );
}
