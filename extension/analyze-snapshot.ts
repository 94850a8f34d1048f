// Background side of reading a page: the content script's serialised page is parsed with linkedom (the
// same DOM library the command line uses, so the browser and `npm run analyze` agree) and analysed here,
// in the service worker (Chrome) or the background page (Firefox), never on the page's main thread.
// The parsed document is never rendered or connected to a browsing context: nothing in it can run; the
// pipeline's cleanText takes out replacement characters, bidi overrides and markup-looking text.

import { parseHTML } from 'linkedom/worker';
import type { Analysis } from '../utils/types';
import { analyzeDocument, analyzeSelection as analyzeSelectionText } from '../utils/analyze';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The page's Analysis; the document is thrown away afterwards, so Readability may work on it in place. */
export function analyzeHtml(html: string, url: string, summarySentences?: number): Analysis {
  return analyzeDocument(parse(html), { url, clone: false, summarySentences });
}

/** The prose stages over the text the reader selected, dated and titled by the page it came from. */
export function analyzeSelection(html: string, url: string, selected: string, { today = new Date(), summarySentences = 3 } = {}): Analysis {
  return analyzeSelectionText(parse(html), selected, { url, today, summarySentences });
}
