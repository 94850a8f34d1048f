// Mounts the sidebar in a shadow root at the page's right edge. The stylesheet is inlined into the shadow
// root: with a runtime-injected script and no host permission, a CSS file the page could fetch would
// need a web_accessible_resources entry for every site, which is exposure for nothing.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../components/newslens.css?inline';
import { SidebarPanel } from '../components/sidebar-panel';
import type { TabView } from './messages';
import type { PageHighlighter } from './page-highlighter';

export const SIDEBAR_TAG = 'newslens-sidebar';

export interface SidebarHost {
  /** Opens the sidebar (or updates it) with the view; null shows "analysing". */
  show(view: TabView | null): Promise<boolean>;
  /** Removes the sidebar and its highlights; false when it was not open. */
  close(): boolean;
  isOpen(): boolean;
}

export function createSidebarHost(ctx: ContentScriptContext, highlighter: PageHighlighter): SidebarHost {
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let view: TabView | null = null;
  let returnFocus: HTMLElement | null = null;
  let container: HTMLElement | null = null;

  const draw = () => {
    if (container) render(<SidebarPanel view={view} highlight={async (t) => highlighter.show(t)} onClose={() => close()} />, container);
  };

  // Esc on the page itself (nothing focused) closes too; inside the sidebar the panel handles it.
  const onPageKey = (e: KeyboardEvent) => {
    const focused = document.activeElement;
    if (e.key === 'Escape' && (!focused || focused === document.body) && !e.defaultPrevented) close();
  };

  async function show(next: TabView | null): Promise<boolean> {
    view = next;
    if (ui) {
      await ui;
      draw();
      return true;
    }
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ui = createShadowRootUi(ctx, {
      name: SIDEBAR_TAG,
      position: 'overlay',
      alignment: 'top-right',
      zIndex: 2147483647,
      css,
      // keys typed in the sidebar must not trigger the page's own shortcuts
      isolateEvents: true,
      onMount: (el) => {
        container = el;
        draw();
      },
      onRemove: () => {
        if (container) render(null, container);
        container = null;
      },
    });
    (await ui).mount();
    document.addEventListener('keydown', onPageKey, true);
    return true;
  }

  function close(): boolean {
    if (!ui) return false;
    const pending = ui;
    ui = null;
    document.removeEventListener('keydown', onPageKey, true);
    void pending.then((u) => u.remove());
    highlighter.clear();
    returnFocus?.focus();
    returnFocus = null;
    return true;
  }

  return { show, close, isOpen: () => ui !== null };
}
