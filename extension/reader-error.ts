// What the reader is told when a browser call fails. Chrome and Firefox word their errors differently and
// reword them between versions, so each row matches the stable core of a message, never a whole sentence.
// A raw browser sentence never reaches the reader; an error no row knows gets a general message, and its
// raw text only under "Details", for a bug report.

import { t, type MessageKey } from './i18n';
import type { TabView } from './messages';

/** Whom the failed call talked to: "nobody is listening" means the page moved on, or Newslens stopped. */
export type Peer = 'page' | 'newslens';

interface Row {
  match: RegExp;
  key: MessageKey;
  /** when the call went to Newslens's own background rather than to the page */
  fromNewslens?: MessageKey;
}

// First match wins: specific rows (a file, the store) come before the general ones that also match them.
export const READER_ERRORS: readonly Row[] = [
  // the document went away under us: a navigation, a reload, a closed frame
  { match: /Frame with ID \d+ (was|has been) removed|No frame with id|dead object|Message manager disconnected|back\/forward cache/i, key: 'error_page_changed' },
  { match: /is showing error page/i, key: 'error_page_not_loaded' },
  // nobody answered: on the page, a new document without our script; towards Newslens, a stopped background
  { match: /Receiving end does not exist|Could not establish connection|message (port|channel) closed|went out of scope|Conduits/i, key: 'error_page_changed', fromNewslens: 'error_newslens_stopped' },
  { match: /context invalidated|Could not load file|extension (was )?(reloaded|disabled|uninstalled)/i, key: 'error_newslens_updated' },
  { match: /No tab with id|Invalid tab ID|tab was closed/i, key: 'error_tab_closed' },
  { match: /cannot be edited right now|user may be dragging/i, key: 'error_browser_busy' },
  // pages the browser keeps from extensions
  { match: /extensions gallery cannot be scripted|webstore/i, key: 'restricted_web_store' },
  { match: /url "file:|file:\/\/ URL/i, key: 'restricted_file' },
  { match: /URL of different extension/i, key: 'restricted_other_extension' },
  { match: /Cannot access a [a-z-]+:\/* ?URL|url "(about|chrome|edge|data|view-source)[^"]*"/i, key: 'restricted_browser_page' },
  { match: /Cannot access contents of|Missing host permission|must request permission|Cannot access/i, key: 'restricted_no_access' },
  // limits of the browser and of the reader's machine
  { match: /quota|QUOTA_BYTES|storage (is )?full|persistent storage maximum|disk (is )?full/i, key: 'error_storage_full' },
  { match: /out of memory|allocation failed|Invalid string length|Invalid array length|call stack size|too much recursion|Message length exceeded|too large/i, key: 'error_page_too_complex' },
];

export type ProblemView = Extract<TabView, { state: 'error' | 'restricted' }>;

/** An error whose message is already in the reader's words: it passes through unchanged. */
export class ReaderError extends Error {
  constructor(readonly view: ProblemView) {
    super(view.message);
    this.name = 'ReaderError';
  }
}

export const rawText = (e: unknown): string => (e instanceof Error ? e.message : typeof e === 'string' ? e : String((e as { message?: unknown })?.message ?? e));

/** The message key for a raw error; null when no row knows it. */
export function readerErrorKey(raw: string, peer: Peer = 'page'): MessageKey | null {
  const row = READER_ERRORS.find((r) => r.match.test(raw));
  if (!row) return null;
  return peer === 'newslens' && row.fromNewslens ? row.fromNewslens : row.key;
}

/**
 * What a view shows for a failure: the table's words, or the general message `unknown` (about reading a
 * page unless told otherwise) with the raw text as detail.
 */
export function problemView(e: unknown, peer: Peer = 'page', unknown: MessageKey = 'error_unknown'): ProblemView {
  if (e instanceof ReaderError) return e.view;
  const raw = rawText(e);
  const key = readerErrorKey(raw, peer);
  if (!key) return { state: 'error', message: t(unknown), ...(raw && { detail: raw }) };
  return { state: key.startsWith('restricted_') ? 'restricted' : 'error', message: t(key) };
}

/** The reader's sentence alone, for places that show one line (a note, a toast). */
export const readerMessage = (e: unknown, peer: Peer = 'page', unknown?: MessageKey): string => problemView(e, peer, unknown).message;
