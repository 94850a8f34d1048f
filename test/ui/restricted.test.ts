import { describe, expect, it } from 'vitest';
import { restrictionFromError, restrictionMessage, restrictionOf } from '../../extension/restricted';

describe('restrictionOf', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:reader?url=x', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['view-source:https://news.example/a', 'source-view'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'other-extension'],
    ['moz-extension://1234/popup.html', 'other-extension'],
  ] as const)('%s is %s', (url, expected) => {
    expect(restrictionOf(url)).toBe(expected);
  });

  it.each(['https://news.example/2025/03/story', 'http://127.0.0.1:8080/a.html', 'file:///home/me/article.html', 'https://chrome.google.com/search', 'https://google.com/webstore'])(
    '%s may be readable',
    (url) => expect(restrictionOf(url)).toBeNull(),
  );

  it('knows nothing of a hidden URL', () => expect(restrictionOf(undefined)).toBeNull());
});

describe('restrictionFromError', () => {
  it.each([
    ['Cannot access a chrome:// URL', undefined, 'browser-page'],
    ['The extensions gallery cannot be scripted.', undefined, 'web-store'],
    ['Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.', undefined, 'browser-page'],
    ['Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.', undefined, 'file'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'file:///home/me/a.html', 'file'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', undefined, 'no-access'],
    ['Missing host permission for the tab', 'https://news.example/a', 'no-access'],
    ['Cannot access contents of the page.', 'https://example.com/report.pdf', 'pdf'],
  ] as const)('%s (%s) means %s', (message, url, expected) => {
    expect(restrictionFromError(message, url)).toBe(expected);
  });

  it('leaves real failures to be reported as errors', () => {
    expect(restrictionFromError('Frame with ID 0 was removed.', 'https://news.example/a')).toBeNull();
    expect(restrictionFromError('No tab with id: 5.')).toBeNull();
  });

  it('has words for every restriction', () => {
    for (const r of ['browser-page', 'web-store', 'pdf', 'source-view', 'file', 'other-extension', 'no-access'] as const) {
      expect(restrictionMessage(r).length).toBeGreaterThan(40);
    }
  });
});
