// Chrome's offscreen document (reason DOM_PARSER): the service worker has no DOM, so a page too large to
// read in its own tab is parsed here with the browser's DOMParser, at native speed, off the page's thread.

import { fromServiceWorker, listen, type OffscreenApi } from '../../extension/messages';
import { readHtml } from '../../extension/read-html';

listen<OffscreenApi>({ 'read-html': async ({ html, url }) => readHtml(html, url) }, fromServiceWorker);
