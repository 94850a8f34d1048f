import { defineContentScript } from 'wxt/utils/define-content-script';
import { fromBackground, listen, type ContentApi } from '../../extension/messages';
import { createPageHighlighter } from '../../extension/page-highlighter';
import { readPage } from '../../extension/read-page';

// Declared for no page: the background injects it with scripting.executeScript when the reader asks.
// It reads the page (metadata, bylines, Readability on a clone; only serialises a page too large for
// that, see read-page.ts) and highlights in it: the text stages run in the background; the sidebar's UI
// lives in sidebar.js, injected only when a sidebar is opened.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const highlighter = createPageHighlighter(document);
    const stop = listen<ContentApi>(
      {
        ping: async () => ({ url: location.href }),
        'read-page': async ({ scope }) => {
          const snapshot = readPage(document, location.href, scope);
          if (snapshot.html === null) return snapshot;
          // encoding the reply for the background is a second long step on a huge page: let the page run
          // in between, so that its main thread is held for the longer of the two, not for both. A message
          // to ourselves, not setTimeout, which a hidden tab (behind a popped-out popup) delays by a second.
          await new Promise<void>((resolve) => {
            const { port1, port2 } = new MessageChannel();
            port1.onmessage = () => resolve();
            port2.postMessage(null);
          });
          return snapshot;
        },
        highlight: async ({ target }) => ({ found: highlighter.show(target) }),
      },
      fromBackground,
    );
    ctx.onInvalidated(() => {
      highlighter.clear();
      // an extension reload has already cut this script off: removing the listener may throw then
      try {
        stop();
      } catch {
        // nothing left to stop
      }
    });
  },
});
