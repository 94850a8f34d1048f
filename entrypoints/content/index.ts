import { defineContentScript } from 'wxt/utils/define-content-script';
import { fromBackground, listen, type ContentApi } from '../../extension/messages';
import { createPageHighlighter } from '../../extension/page-highlighter';
import { analyzeSelection, readPage } from '../../extension/read-page';

// Declared for no page: the background injects it with scripting.executeScript when the reader asks.
// The sidebar's UI lives in sidebar.js, injected only when a sidebar is opened, to keep this one small.
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const highlighter = createPageHighlighter(document);
    const stop = listen<ContentApi>(
      {
        ping: async () => ({ url: location.href }),
        'analyze-page': async () => readPage(document, location.href),
        'analyze-selection': async ({ text }) => analyzeSelection(document, location.href, text),
        highlight: async ({ target }) => ({ found: highlighter.show(target) }),
      },
      fromBackground,
    );
    ctx.onInvalidated(() => {
      stop();
      highlighter.clear();
    });
  },
});
