import { describe, expect, it } from 'vitest';
import { analyzeSelection, analyzeSnapshot } from '../../extension/analyze-snapshot';
import { readPage } from '../../extension/read-page';
import { dom } from '../helpers/page';

const PAGE = `<html lang="en"><head><title>Deal \uFFFDday | Harbour Notes</title><meta property="og:site_name" content="Harbour\uFFFD Notes"></head>
<body><article><h1>Deal day</h1><p>${'Brackwater Shipping said on Monday it had won the Port Elling contract, beating two rivals. '.repeat(12)}</p>
<p>Rival bidder Coastline\u202E gnitaeb said it would not appeal.</p></article></body></html>`;
const URL = 'https://harbour.example/deal';

describe('analysis in the background', () => {
  it('finishes what the content script read, and shows no replacement character or bidi override', async () => {
    const a = await analyzeSnapshot(readPage(dom(PAGE), URL), 3);
    expect(a.url).toBe(URL);
    expect(a.summary.length).toBeGreaterThan(0);
    expect(a.timings.total).toBeGreaterThanOrEqual(a.timings.extract!);
    expect(JSON.stringify(a)).not.toMatch(/[\uFFFD\u202A-\u202E\u2066-\u2069]/);
  });

  it('refuses a snapshot with nothing to read', async () => {
    await expect(analyzeSnapshot({ url: URL, contentType: 'text/html', html: null, size: 0 })).rejects.toThrow();
  });

  it('"Analyze selection" cleans the selected text before reading it', () => {
    const selected = 'Brackwater Shipping won the Port Elling contract on Monday. <img src=x onerror="alert(1)"> <script>alert(2)</script>Coastline Logistics said it would not appeal.\u0007';
    const a = analyzeSelection(readPage(dom(PAGE), URL, 'selection'), selected);
    expect(a.text).not.toMatch(/<img|<script|onerror|alert|\u0007/);
    expect(a.text).toContain('Coastline Logistics said it would not appeal.');
    expect(a.site).toBe('Harbour Notes');
  });
});
