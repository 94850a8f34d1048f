// npm run bench:browser: what the analysis adds to the real toolbar popup, next to Readability alone, in
// Debian's Chromium. Per page, in one browser: Readability's first (cold) parse of the page in its own
// tab, then the real popup on that tab, timed inside the popup from its first contentful paint (start-up
// that any popup pays) to the result in its DOM. Whatever the built extension does between the two
// (content script, service worker, cache) is counted, end to end.
//
// It builds nothing: run `npm run build` first so it measures the current code. If .output/chrome-mv3 is
// missing it runs `wxt build` itself.
// The service worker stays up across pages, as it does while a reader moves between tabs; with
// BENCH_COLD_WORKER=1 it is stopped before every popup, as Chrome does after 30 s idle.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Readability } from '@mozilla/readability';
import { launchExtension } from '../test/e2e/support/extension';
import { readabilityBundle } from './lib/browser-bundle';
import { startMemoryServer } from './lib/memory-server';
import { closePopups, shimNames, watchPopup } from './lib/popup-timing';

declare const NewslensReadability: { Readability: typeof Readability };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT = join(ROOT, '.output/chrome-mv3');
const FIXTURES = join(ROOT, '../shared/fixtures');
const AEB = join(ROOT, '../shared/corpora/aeb/html');
const AEB_PAGES = 20;
const GOAL = 2;
const COLD_WORKER = process.env.BENCH_COLD_WORKER === '1';

if (!existsSync(join(BUILT, 'manifest.json'))) {
  console.log('no .output/chrome-mv3: running wxt build');
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
// a private copy: someone rebuilding .output mid-run must not swap the extension under the browser
const extDir = mkdtempSync(join(tmpdir(), 'newslens-bench-ext-'));
cpSync(BUILT, extDir, { recursive: true });
const builtAt = statSync(join(extDir, 'manifest.json')).mtime.toISOString();
// what the background injects into a page (gzip as a server or store would send it)
const scriptsDir = join(extDir, 'content-scripts');
const scriptSizes = readdirSync(scriptsDir)
  .filter((f) => f.endsWith('.js'))
  .sort()
  .map((f) => {
    const body = readFileSync(join(scriptsDir, f));
    return `content script ${f}: ${(body.length / 1024).toFixed(1)} kB, ${(gzipSync(body).length / 1024).toFixed(1)} kB gzip`;
  });

const pages = [
  ...readdirSync(FIXTURES)
    .sort()
    .filter((d) => existsSync(join(FIXTURES, d, 'index.html')))
    .map((d) => ({ name: `fixture/${d}`, html: readFileSync(join(FIXTURES, d, 'index.html'), 'utf8') })),
  ...readdirSync(AEB)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, AEB_PAGES)
    .map((f) => ({ name: `aeb/${f.slice(0, 12)}`, html: gunzipSync(readFileSync(join(AEB, f))).toString('utf8') })),
];

const readabilitySrc = await readabilityBundle();
const server = await startMemoryServer();
const h = await launchExtension({ origin: server.origin, extensionDir: extDir });
// saved pages link to hosts on the internet: refuse those at once, so loads are quick, offline and alike
await h.context.route((u) => /^https?:/.test(u.protocol) && u.origin !== server.origin, (r) => r.abort());
await shimNames(h.extPage);

interface Row {
  name: string;
  state: string;
  readability: number;
  firstPaint: number;
  popup: number;
  /** the extension's own timings for this page, when it cached them: whole pipeline, and extraction */
  pipeline: number | undefined;
  extract: number | undefined;
}
const rows: Row[] = [];
try {
  for (const [i, { name, html }] of pages.entries()) {
    // a URL of its own per page, in a new tab: nothing cached can answer for it
    const url = server.put(`/p${i}/${name.replace(/\W+/g, '-')}.html`, html);
    const tab = await h.context.newPage();
    await tab.goto(url, { waitUntil: 'load', timeout: 30000 });
    await tab.evaluate(readabilitySrc);
    const readability = await tab.evaluate(() => {
      const t = performance.now();
      new NewslensReadability.Readability(document.cloneNode(true) as Document).parse();
      return performance.now() - t;
    });
    await h.extPage.evaluate(() => chrome.storage.session.clear());
    await closePopups(h.extPage);
    if (COLD_WORKER) await h.stopServiceWorker();
    const timing = watchPopup(h.extPage);
    const tabId = await h.clickToolbarButton(tab);
    const t = await timing;
    if (t.cached === 'true') throw new Error(`${name}: the popup showed a cached result`);
    const timings = (await h.readCache(tabId))?.analysis.timings;
    rows.push({ name, state: t.state, readability, firstPaint: t.firstPaint, popup: t.result - t.firstPaint, pipeline: timings?.total, extract: timings?.extract });
    await closePopups(h.extPage);
    await tab.close();
  }
} finally {
  await h.close();
  await server.close();
  rmSync(extDir, { recursive: true, force: true });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(1));
const pad = (s: string, n: number): string => s.padStart(n);

console.log(`Chromium, real popup vs Readability's first parse in the same tab; extension built ${builtAt}${COLD_WORKER ? ', service worker stopped before each popup' : ''}`);
console.log(`${'page'.padEnd(26)}${pad('state', 12)}${pad('Readability', 12)}${pad('popup FCP', 11)}${pad('result-FCP', 12)}${pad('ratio', 8)}${pad('pipeline', 10)}${pad('extract', 9)}`);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(26)}${pad(r.state, 12)}${pad(ms(r.readability), 12)}${pad(ms(r.firstPaint), 11)}${pad(ms(r.popup), 12)}${pad((r.popup / r.readability).toFixed(2), 8)}${pad(ms(r.pipeline), 10)}${pad(ms(r.extract), 9)}`,
  );
}
const mRead = median(rows.map((r) => r.readability));
const mPopup = median(rows.map((r) => r.popup));
console.log(`medians over ${rows.length} pages: Readability ${ms(mRead)} ms, popup result - first paint ${ms(mPopup)} ms`);
console.log(`ratio of medians ${(mPopup / mRead).toFixed(2)}x (median of per-page ratios ${median(rows.map((r) => r.popup / r.readability)).toFixed(2)}x); goal <= ${GOAL}x: ${mPopup / mRead <= GOAL ? 'met' : 'NOT met'}`);
console.log('("pipeline", "extract": analyzeDocument\'s own timings.total and .extract, read from the extension\'s cache when it keeps one)');

scriptSizes.forEach((line) => console.log(line));
