// Pages the browser does not let extensions read, and how to say so to a reader. Pure: no browser API.

export type Restriction = 'browser-page' | 'web-store' | 'pdf' | 'source-view' | 'file' | 'other-extension' | 'no-access';

const BROWSER_SCHEMES = /^(chrome|edge|brave|opera|vivaldi|about|chrome-untrusted|chrome-search|chrome-error|devtools|resource|data|javascript|blob):/i;
const EXTENSION_SCHEMES = /^(chrome-extension|moz-extension|extension|safari-web-extension):/i;
// Stores refuse scripting even with activeTab: Chrome's two store hosts, Edge's add-ons, Firefox's AMO.
const STORES = [
  /^https:\/\/chromewebstore\.google\.com(\/|$)/i,
  /^https:\/\/chrome\.google\.com\/webstore(\/|$)/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons(\/|$)/i,
  /^https:\/\/addons\.mozilla\.org(\/|$)/i,
];
// Chrome's built-in PDF viewer is itself an extension with this id.
const PDF_VIEWER = /^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//i;

/** The restriction a URL is known to carry before trying to read it; null when it may be readable. */
export function restrictionOf(url: string | null | undefined): Restriction | null {
  if (!url) return null;
  if (/^view-source:/i.test(url)) return 'source-view';
  if (PDF_VIEWER.test(url)) return 'pdf';
  if (EXTENSION_SCHEMES.test(url)) return 'other-extension';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORES.some((re) => re.test(url))) return 'web-store';
  return null;
}

/** Reads the error `scripting.executeScript` threw; null when it is not about access (a real failure). */
export function restrictionFromError(message: string, url?: string | null): Restriction | null {
  const known = restrictionOf(url);
  if (known) return known;
  if (/extensions gallery cannot be scripted|webstore/i.test(message)) return 'web-store';
  if (/Cannot access a (chrome|edge|about|chrome-extension):/i.test(message)) return 'browser-page';
  if (/view-source:/i.test(message)) return 'source-view';
  const quoted = /url "([^"]*)"/i.exec(message)?.[1];
  const fromQuoted = restrictionOf(quoted);
  if (fromQuoted) return fromQuoted;
  if ((url && /^file:/i.test(url)) || /contents of url "file:/i.test(message)) return 'file';
  if (url && /^https?:\/\/[^?#]*\.pdf([?#]|$)/i.test(url) && /cannot access|permission/i.test(message)) return 'pdf';
  if (/Cannot access contents of (the page|url)|must request permission|Missing host permission|Cannot access/i.test(message)) {
    return 'no-access';
  }
  return null;
}

const MESSAGES: Record<Restriction, string> = {
  'browser-page':
    "This is one of the browser's own pages. Browsers do not let extensions read them, so there is nothing for Newslens to analyse here.",
  'web-store': 'The extension store does not let extensions read its pages, so Newslens cannot analyse this one.',
  pdf: "This is a PDF in the browser's PDF viewer, which extensions cannot read. Newslens works on web articles.",
  'source-view': "This is a page's source view, which extensions cannot read. Open the page itself and try again.",
  file: 'This is a file on your computer. To let Newslens read files, turn on "Allow access to file URLs" for Newslens in the browser\'s extension settings.',
  'other-extension': 'This page belongs to an extension. Extensions cannot read each other\'s pages.',
  'no-access':
    'Newslens reads a page only when you ask on that page. Switch to the tab and click the Newslens button, or right-click the page and choose "Analyze article with Newslens".',
};

export const restrictionMessage = (r: Restriction): string => MESSAGES[r];
