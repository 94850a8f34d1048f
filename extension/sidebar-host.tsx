// Mounts the sidebar in a shadow root at the page's right edge. The stylesheet is bundled and adopted by
// the shadow root: a CSS file the page could fetch would need a web_accessible_resources entry for every
// site, which is exposure for nothing, and an inline <style> is blocked by a strict page CSP.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from '../components/newslens.css?inline';
import { SidebarPanel } from '../components/sidebar-panel';
import { adoptCss } from './adopt-css';
import { memoryLineClient } from './memory-line-client';
import type { TabView } from './messages';
import type { PageHighlighter } from './page-highlighter';
import { t } from './i18n';

export const SIDEBAR_TAG = 'newslens-sidebar';

// The page's own `newslens-sidebar { display: none !important }` or `::before` overlays lose to these: for
// !important declarations the shadow tree's rules beat the page's (CSS Cascade 4, encapsulation contexts).
const HOST_CSS = `:host { all: initial !important; display: block !important; }
:host::before, :host::after { content: none !important; display: none !important; }`;
const SHEET = { marker: ':host', id: 'newslens-sidebar-style' };

export interface SidebarHost {
  /** Opens the sidebar (or updates it) with the view; null shows "analysing". */
  show(view: TabView | null): Promise<boolean>;
  /** Removes the sidebar and its highlights; false when it was not open. */
  close(): boolean;
  isOpen(): boolean;
}

/**
 * Where the sidebar can render: the <body>; in a frameset, which renders nothing but frames, the <html>
 * element after it; in a document that is not HTML (an SVG or XML file), nowhere.
 */
function anchorOf(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!(root instanceof HTMLHtmlElement)) return null;
  return doc.body instanceof HTMLBodyElement ? doc.body : root;
}

const STALL_MS = 30_000;

export function createSidebarHost(ctx: ContentScriptContext, highlighter: PageHighlighter): SidebarHost {
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let view: TabView | null = null;
  let returnFocus: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let watch: number | undefined;
  const memory = memoryLineClient();

  const draw = () => {
    if (container) {
      render(<SidebarPanel view={view} highlight={async (t) => highlighter.show(t)} onClose={() => close()} memory={memory} />, container);
    }
  };

  // Esc on the page itself (nothing focused) closes too; inside the sidebar the panel handles it.
  const onPageKey = (e: KeyboardEvent) => {
    const focused = document.activeElement;
    if (e.key === 'Escape' && (!focused || focused === document.body) && !e.defaultPrevented) close();
  };

  // The background sends the result when it is ready; if its worker is stopped meanwhile nothing ever
  // comes, so "analysing" gives way to a message after a wait no real page needs.
  let stalled: ReturnType<typeof setTimeout> | undefined;
  async function show(next: TabView | null): Promise<boolean> {
    view = next;
    clearTimeout(stalled);
    if (next === null) stalled = setTimeout(() => void show({ state: 'error', message: t('error_sidebar_stalled') }), STALL_MS);
    if (ui) {
      await ui;
      draw();
      return true;
    }
    const anchor = anchorOf(document);
    if (!anchor) return false;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ui = createShadowRootUi(ctx, {
      name: SIDEBAR_TAG,
      anchor,
      position: 'overlay',
      alignment: 'top-right',
      zIndex: 2147483647,
      // HOST_CSS resets the host in place of WXT's reset, so that no inline <style> is needed
      inheritStyles: true,
      // keys typed in the sidebar must not trigger the page's own shortcuts
      isolateEvents: true,
      onMount: (el, shadow) => {
        // WXT always adds a <style> (empty here): drop it, the adopted sheet carries everything
        shadow.querySelectorAll('style').forEach((s) => s.remove());
        adoptCss(shadow, `${HOST_CSS}\n${css}`, SHEET);
        container = el;
        draw();
      },
      onRemove: () => {
        try {
          if (container) render(null, container);
        } catch {
          // after an extension reload a view's cleanup may reach extension APIs that are gone; the page
          // must not see that, and WXT empties the container and removes the host regardless
        }
        container = null;
      },
    });
    (await ui).mount();
    document.addEventListener('keydown', onPageKey, true);
    // WXT notices an extension reload or update only when asked: ask while a sidebar is shown, so an
    // orphaned one (its extension gone, nothing behind its buttons) goes away within a second
    watch = window.setInterval(() => {
      if (ctx.isInvalid) close();
    }, 1000);
    return true;
  }

  function close(): boolean {
    if (!ui) return false;
    const pending = ui;
    ui = null;
    window.clearInterval(watch);
    clearTimeout(stalled);
    document.removeEventListener('keydown', onPageKey, true);
    void pending.then((u) => u.remove());
    highlighter.clear();
    returnFocus?.focus();
    returnFocus = null;
    return true;
  }

  return { show, close, isOpen: () => ui !== null };
}
