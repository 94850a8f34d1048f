import { describe, expect, it } from 'vitest';
import { analyzeHtml, analyzeSelection } from '../../extension/analyze-snapshot';

const PAGE = `<html lang="en"><head><title>Deal \uFFFDday | Harbour Notes</title><meta property="og:site_name" content="Harbour\uFFFD Notes"></head>
<body><article><h1>Deal day</h1><p>${'Brackwater Shipping said on Monday it had won the Port Elling contract, beating two rivals. '.repeat(12)}</p>
<p>Rival bidder Coastline\u202E gnitaeb said it would not appeal.</p></article></body></html>`;

describe('analysis in the background', () => {
  it('reads the serialised page with linkedom, and shows no replacement character or bidi override', () => {
    const a = analyzeHtml(PAGE, 'https://harbour.example/deal');
    expect(a.url).toBe('https://harbour.example/deal');
    expect(a.summary.length).toBeGreaterThan(0);
    expect(JSON.stringify(a)).not.toMatch(/[\uFFFD\u202A-\u202E\u2066-\u2069]/);
  });

  it('"Analyze selection" cleans the selected text before reading it', () => {
    const selected = 'Brackwater Shipping won the Port Elling contract on Monday. <img src=x onerror="alert(1)"> <script>alert(2)</script>Coastline Logistics said it would not appeal.\u0007';
    const a = analyzeSelection(PAGE, 'https://harbour.example/deal', selected);
    expect(a.text).not.toMatch(/<img|<script|onerror|alert|\u0007/);
    expect(a.text).toContain('Coastline Logistics said it would not appeal.');
    expect(a.site).toBe('Harbour Notes');
  });
});
