import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../extension/i18n';
import { problemView, READER_ERRORS, ReaderError, readerErrorKey, readerMessage } from '../../extension/reader-error';

const messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string; placeholders?: object }
>;

// What Chrome (C) and Firefox (F) actually say, as their extension APIs word it today, and older wordings.
const CASES = [
  ['C', 'Frame with ID 0 was removed.', 'error_page_changed'],
  ['C', 'No frame with id 0 in tab 12.', 'error_page_changed'],
  ['F', "can't access dead object", 'error_page_changed'],
  ['F', 'TypeError: can\'t access dead object', 'error_page_changed'],
  ['F', 'Message manager disconnected', 'error_page_changed'],
  ['C', 'The page keeping the extension port is moved into back/forward cache, so the message channel is closed.', 'error_page_changed'],
  ['C', 'Could not establish connection. Receiving end does not exist.', 'error_page_changed'],
  ['F', 'Could not establish connection. Receiving end does not exist.', 'error_page_changed'],
  ['C', 'The message port closed before a response was received.', 'error_page_changed'],
  ['C', 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received', 'error_page_changed'],
  ['F', 'Promised response from onMessage listener went out of scope', 'error_page_changed'],
  ['C', 'Frame with ID 0 is showing error page', 'error_page_not_loaded'],
  ['C', 'Extension context invalidated.', 'error_newslens_updated'],
  ['C', "Could not load file: 'content-scripts/content.js'.", 'error_newslens_updated'],
  ['C', 'No tab with id: 5.', 'error_tab_closed'],
  ['F', 'Invalid tab ID: 5', 'error_tab_closed'],
  ['C', 'The tab was closed.', 'error_tab_closed'],
  ['C', 'Tabs cannot be edited right now (user may be dragging a tab).', 'error_browser_busy'],
  ['C', 'The extensions gallery cannot be scripted.', 'restricted_web_store'],
  ['C', 'Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.', 'restricted_file'],
  ['C', 'Cannot access a chrome-extension:// URL of different extension', 'restricted_other_extension'],
  ['C', 'Cannot access a chrome:// URL', 'restricted_browser_page'],
  ['C', 'Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.', 'restricted_browser_page'],
  ['C', 'Cannot access contents of url "data:text/html,hi". Extension manifest must request permission to access this host.', 'restricted_browser_page'],
  ['C', 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'restricted_no_access'],
  ['F', 'Missing host permission for the tab', 'restricted_no_access'],
  ['F', 'Missing host permission for the tab or frames', 'restricted_no_access'],
  ['C', 'Resource::kQuotaBytes quota exceeded', 'error_storage_full'],
  ['C', 'QuotaExceededError: The quota has been exceeded.', 'error_storage_full'],
  ['F', 'QuotaExceededError: The current transaction exceeded its quota limitations.', 'error_storage_full'],
  ['C', 'Message length exceeded maximum allowed length.', 'error_page_too_complex'],
  ['C', 'Maximum call stack size exceeded', 'error_page_too_complex'],
  ['F', 'too much recursion', 'error_page_too_complex'],
  ['C', 'Invalid string length', 'error_page_too_complex'],
  ['F', 'out of memory', 'error_page_too_complex'],
] as const;

describe('the table from browser error to reader message', () => {
  it.each(CASES)('%s: "%s" means %s', (_browser, raw, key) => {
    expect(readerErrorKey(raw)).toBe(key);
    const view = problemView(new Error(raw));
    expect(view).toEqual({ state: key.startsWith('restricted_') ? 'restricted' : 'error', message: t(key) });
    expect(view.message).not.toContain(raw);
  });

  it.each([
    'Could not establish connection. Receiving end does not exist.',
    'The message port closed before a response was received.',
    'Promised response from onMessage listener went out of scope',
  ])('"%s" from Newslens\'s own background means it stopped, not that the page changed', (raw) => {
    expect(readerErrorKey(raw, 'newslens')).toBe('error_newslens_stopped');
    expect(readerMessage(raw, 'newslens')).toMatch(/stopped by the browser before it finished/);
  });

  it('a row that is not about nobody answering means the same whoever was asked', () => {
    expect(readerErrorKey('Extension context invalidated.', 'newslens')).toBe('error_newslens_updated');
    expect(readerErrorKey('No tab with id: 5.', 'newslens')).toBe('error_tab_closed');
  });

  it('every message of the table exists, needs no argument, and names no browser internals', () => {
    const keys = READER_ERRORS.flatMap((r) => [r.key, r.fromNewslens ?? r.key]);
    for (const key of keys) {
      expect(messages[key], key).toBeDefined();
      expect(messages[key]!.placeholders, key).toBeUndefined();
      expect(messages[key]!.message).not.toMatch(/\$|frame|ID \d|port|context|receiving end|undefined/i);
    }
  });
});

describe('an error no row knows', () => {
  it.each([
    [new Error('An unexpected error occurred'), 'An unexpected error occurred'],
    [new TypeError("Cannot read properties of undefined (reading 'html')"), "Cannot read properties of undefined (reading 'html')"],
    ['a thrown string', 'a thrown string'],
    [{ message: 'a plain object from another realm' }, 'a plain object from another realm'],
  ])('gets the general message, its raw text kept apart as detail: %s', (e, raw) => {
    const view = problemView(e);
    expect(view).toEqual({ state: 'error', message: t('error_unknown'), detail: raw });
    expect(view.message).not.toContain(raw);
  });

  it('gets the words of the place it happened in when that place has its own', () => {
    expect(readerMessage(new Error('An unexpected error occurred'), 'newslens', 'options_save_failed')).toBe(t('options_save_failed'));
    // a known error keeps the table's words wherever it happens
    expect(readerMessage(new Error('QuotaExceededError'), 'newslens', 'options_save_failed')).toBe(t('error_storage_full'));
  });

  it('an empty error has no empty detail', () => {
    expect(problemView(new Error(''))).toEqual({ state: 'error', message: t('error_unknown') });
  });
});

describe('an error already in the reader\'s words', () => {
  it('passes through unchanged, however it reads', () => {
    const view = { state: 'error', message: 'Could not establish connection (in our words)' } as const;
    expect(problemView(new ReaderError(view))).toBe(view);
    expect(readerMessage(new ReaderError(view), 'newslens')).toBe(view.message);
  });
});
