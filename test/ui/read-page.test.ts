import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CHARS, readPage } from '../../extension/read-page';

const fakeDoc = (contentType: string, html: string | null) =>
  ({ contentType, documentElement: html === null ? null : { outerHTML: html } }) as unknown as Document;

describe('readPage (the content script only serialises)', () => {
  it('sends the live document as HTML, with its URL and type', () => {
    expect(readPage(fakeDoc('text/html', '<html><body><p>Hi</p></body></html>'), 'https://news.example/a')).toEqual({
      url: 'https://news.example/a',
      contentType: 'text/html',
      html: '<html><body><p>Hi</p></body></html>',
      size: 35,
    });
  });

  it('does not serialise the PDF viewer', () => {
    expect(readPage(fakeDoc('application/pdf', '<html><embed></html>'), 'https://x.example/r.pdf')).toMatchObject({ contentType: 'application/pdf', html: null });
  });

  it('says how large a page is rather than sending more than a message can carry', () => {
    const huge = 'x'.repeat(MAX_PAGE_CHARS + 1);
    expect(readPage(fakeDoc('text/html', huge), 'https://x.example/')).toMatchObject({ html: null, size: MAX_PAGE_CHARS + 1 });
  });

  it('a document without a root element sends nothing', () => {
    expect(readPage(fakeDoc('', null), 'https://x.example/')).toMatchObject({ contentType: 'text/html', html: null, size: 0 });
  });
});
