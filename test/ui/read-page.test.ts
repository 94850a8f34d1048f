import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CHARS, PAGE_LIMITS, readPage } from '../../extension/read-page';
import { articlePage, dom } from '../helpers/page';

const URL = 'https://news.example/a';
const story = articlePage(['Harbour Freight said on Monday it would buy Tidewater Cranes for $40 million.']);
const manyElements = `<html><body><article><h1>Grid</h1>${'<div><span>x</span></div>'.repeat(PAGE_LIMITS.elements)}</article></body></html>`;
const longText = `<html><body><article><h1>Book</h1><p>${'Words and more words. '.repeat(PAGE_LIMITS.textChars / 20)}</p></article></body></html>`;
const fakeDoc = (contentType: string, html: string | null) =>
  ({ contentType, documentElement: html === null ? null : { outerHTML: html }, getElementsByTagName: () => ({ length: 1e6 }) }) as unknown as Document;

describe('readPage (the content script reads an ordinary page in place, serialises a large one)', () => {
  it('reads a page of ordinary size itself and sends only the plain result', () => {
    const s = readPage(dom(story), URL);
    expect(s).toMatchObject({ url: URL, contentType: 'text/html', html: null, size: 0 });
    expect(s.reading?.text).toContain('Tidewater Cranes');
    expect(s.reading?.isArticle).toBe(true);
  });

  it.each([
    ['more elements than a task on the page may walk', manyElements],
    ['more text than a task on the page may read', longText],
  ])('serialises a page with %s, untouched', (_, html) => {
    const doc = dom(html);
    const s = readPage(doc, URL);
    expect(s.reading).toBeUndefined();
    expect(s.html).toBe(doc.documentElement.outerHTML);
    expect(s.size).toBe(s.html?.length);
  });

  it('reads only the title, site and date for "analyze selection"', () => {
    const s = readPage(dom(story), URL, 'selection');
    expect(s.reading).toBeUndefined();
    expect(s.head).toMatchObject({ url: URL, title: 'Test story | Example News' });
  });

  it('does not read the PDF viewer', () => {
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
