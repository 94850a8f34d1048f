// Pages the browser does not let extensions read, and how to say so to a reader. Pure but for the words,
// which come from the messages (public/_locales).

import { t, type MessageKey } from './i18n';

export type Restriction = 'browser-page' | 'browser-page-or-file' | 'web-store' | 'pdf' | 'source-view' | 'file' | 'other-extension' | 'no-access';

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

const MESSAGES: Record<Restriction, MessageKey> = {
  'browser-page': 'restricted_browser_page',
  // without file access Chrome hides a file's URL and refuses it exactly as it refuses about:blank
  'browser-page-or-file': 'restricted_browser_page_or_file',
  'web-store': 'restricted_web_store',
  pdf: 'restricted_pdf',
  'source-view': 'restricted_source_view',
  file: 'restricted_file',
  'other-extension': 'restricted_other_extension',
  'no-access': 'restricted_no_access',
};

export const restrictionMessage = (r: Restriction): string => t(MESSAGES[r]);
