import { defineContentScript } from 'wxt/utils/define-content-script';
import { fromBackground, listen, type SidebarApi } from '../../extension/messages';
import { createPageHighlighter } from '../../extension/page-highlighter';
import { createSidebarHost } from '../../extension/sidebar-host';

// Injected by the background only when a sidebar is opened (menu, shortcut, popup button).
export default defineContentScript({
  registration: 'runtime',
  // the stylesheet is adopted by the shadow root (see sidebar-host.tsx): no CSS file is exposed to pages
  cssInjectionMode: 'manual',
  main(ctx) {
    const sidebar = createSidebarHost(ctx, createPageHighlighter(document));
    const stop = listen<SidebarApi>(
      {
        'sidebar-ping': async () => ({ open: sidebar.isOpen() }),
        'show-sidebar': async ({ view }) => ({ open: await sidebar.show(view) }),
        'close-sidebar': async () => ({ wasOpen: sidebar.close() }),
      },
      fromBackground,
    );
    ctx.onInvalidated(() => {
      sidebar.close();
      // an extension reload has already cut this script off: removing the listener may throw then
      try {
        stop();
      } catch {
        // nothing left to stop
      }
    });
  },
});
