// npm run bench: what the whole analysis costs next to Readability alone, on the same DOM library
// (linkedom), in the same process, interleaved page by page so both see the same machine state.
// Then the cost per word for articles of 1k, 10k and 100k words, which must stay flat.

import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../utils/analyze';
import { syntheticArticle } from './lib/synthetic-article';
import { hugePages } from './lib/huge-pages';

const dir = new URL('../../shared/corpora/aeb/html/', import.meta.url);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => gunzipSync(readFileSync(new URL(f, dir))).toString('utf8'));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const url = 'https://bench.example/article';

const readabilityOnly = (html: string): void => {
  const { document } = parseHTML(html);
  new Readability(document as unknown as Document).parse();
};
const wholeAnalysis = (html: string): void => {
  const { document } = parseHTML(html);
  analyzeDocument(document as unknown as Document, { url, clone: false });
};
const time = (fn: () => void): number => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

// warm both paths so the JIT has seen them before we measure
for (const html of pages.slice(0, 10)) { readabilityOnly(html); wholeAnalysis(html); }

let tRead = 0, tAll = 0;
const perPage: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  pages.forEach((html, i) => {
    // alternate which runs first so neither always benefits from a warm cache
    const [a, b] = (i + r) % 2 ? [time(() => readabilityOnly(html)), time(() => wholeAnalysis(html))] : ((): [number, number] => { const y = time(() => wholeAnalysis(html)); return [time(() => readabilityOnly(html)), y]; })();
    tRead += a; tAll += b;
    if (r === ROUNDS - 1) perPage.push(b / a);
  });
}
const n = pages.length * ROUNDS;
perPage.sort((x, y) => x - y);
console.log(`AEB corpus: ${pages.length} pages x ${ROUNDS} rounds, linkedom, interleaved`);
console.log(`  Readability alone : ${(n / (tRead / 1000)).toFixed(1)} pages/s (${(tRead / n).toFixed(2)} ms/page)`);
console.log(`  whole analysis    : ${(n / (tAll / 1000)).toFixed(1)} pages/s (${(tAll / n).toFixed(2)} ms/page)`);
console.log(`  ratio (analysis / Readability): ${(tAll / tRead).toFixed(2)}x total, median page ${perPage[perPage.length >> 1]!.toFixed(2)}x`);

console.log('Cost per word (synthetic articles, median of 5 runs):');
for (const words of [1_000, 10_000, 100_000]) {
  const html = syntheticArticle(words);
  const runs: number[] = [];
  let stages: Record<string, number> = {};
  for (let k = 0; k < 5; k++) {
    const { document } = parseHTML(html);
    const t = performance.now();
    const a = analyzeDocument(document as unknown as Document, { url, clone: false });
    runs.push(performance.now() - t);
    stages = a.timings;
  }
  runs.sort((x, y) => x - y);
  const ms = runs[2]!;
  console.log(`  ${String(words).padStart(7)} words: ${ms.toFixed(1)} ms, ${((ms * 1000) / words).toFixed(2)} µs/word  (${Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', ')})`);
}

console.log('Huge pages (one run each):');
for (const [name, make] of Object.entries(hugePages)) {
  const html = make();
  const t0 = performance.now();
  const { document } = parseHTML(html);
  const t1 = performance.now();
  const a = analyzeDocument(document as unknown as Document, { url, clone: false });
  const t2 = performance.now();
  console.log(`  ${name.padEnd(22)} ${(html.length / 1e6).toFixed(1)} MB: parse ${(t1 - t0).toFixed(0)} ms, analysis ${(t2 - t1).toFixed(0)} ms (isArticle ${a.isArticle}, ${a.wordCount} words, ${a.bylines.length} bylines)`);
}
