// Fuzzing in Chromium (issue 4, item 7): the seeded mutated pages of test/fuzz.test.ts, but parsed by the
// browser's own DOMParser and analysed by the pipeline bundled for the browser, so Chromium's DOM (not
// linkedom's) meets the malformed markup. Then a few of them through the real extension, end to end.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { analyzeDocument } from '../../utils/analyze';
import { fuzzPages } from '../../scripts/lib/fuzz-pages';
import { syntheticArticle } from '../../scripts/lib/synthetic-article';
import { pipelineBundle } from '../../scripts/lib/browser-bundle';
import { startMemoryServer, type MemoryServer } from '../../scripts/lib/memory-server';
import { shimNames } from '../../scripts/lib/popup-timing';
import { launchExtension, type Harness } from './support/extension';

declare const NewslensPipeline: { analyzeDocument: typeof analyzeDocument };

// not the Node test's seeds (20251123 and the next), so Chromium sees other pages
const SEED = Number(process.env.FUZZ_CHROMIUM_SEED ?? 20260407);
const PAGES = Number(process.env.FUZZ_CHROMIUM_PAGES ?? 1000);
const THROUGH_EXTENSION = 20;
const BUDGET_MS = 2000;
const BATCH = 50;

const fixtures = ['seed-stargate', 'adobe-figma', 'cisco-splunk', 'salesforce-slack'].map((n) =>
  readFileSync(new URL(`../../../shared/fixtures/${n}/index.html`, import.meta.url), 'utf8'),
);
const bases = [...fixtures, syntheticArticle(800), '<html><body><ul>' + '<li><a href=/x>link</a></li>'.repeat(200) + '</ul></body></html>'];

interface Outcome {
  id: string;
  ms: number;
  error: string | null;
  valid: boolean;
}

let server: MemoryServer;
let h: Harness;
let pipelineSrc: string;

beforeAll(async () => {
  pipelineSrc = await pipelineBundle();
  server = await startMemoryServer();
  h = await launchExtension({ origin: server.origin, extensionDir: inject('extensionDir') });
  server.put('/blank.html', '<!doctype html><title>fuzz</title>');
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

async function pipelinePage(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${server.origin}/blank.html`);
  await page.evaluate(pipelineSrc);
  return page;
}

/** Runs pages in one evaluate; null when the tab did not come back in time (a hang somewhere inside). */
async function runBatch(page: Page, batch: Array<{ id: string; html: string }>, timeoutMs: number): Promise<Outcome[] | null> {
  const run = page.evaluate(
    ({ batch, origin }) =>
      batch.map(({ id, html }) => {
        const t = performance.now();
        try {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const a = NewslensPipeline.analyzeDocument(doc, { url: `${origin}/fuzz/${id}.html`, clone: false });
          const json = JSON.stringify(a);
          const valid = typeof a.isArticle === 'boolean' && JSON.stringify(JSON.parse(json)) === json;
          return { id, ms: performance.now() - t, error: null, valid };
        } catch (e) {
          return { id, ms: performance.now() - t, error: e instanceof Error ? (e.stack ?? e.message) : String(e), valid: false };
        }
      }),
    { batch, origin: server.origin },
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), timeoutMs)));
  try {
    return await Promise.race([run, late]);
  } finally {
    clearTimeout(timer);
    run.catch(() => undefined); // a closed tab rejects the abandoned evaluate
  }
}

describe(`fuzz in Chromium: ${PAGES} pages, seed ${SEED}`, () => {
  it('DOMParser + the bundled pipeline: no crash, no hang, always a serialisable Analysis', async () => {
    const all = [...fuzzPages(bases, PAGES, SEED)];
    let page = await pipelinePage();
    const outcomes: Outcome[] = [];
    const hangs: string[] = [];
    for (let i = 0; i < all.length; i += BATCH) {
      const batch = all.slice(i, i + BATCH);
      const got = await runBatch(page, batch, BUDGET_MS * batch.length);
      if (got) {
        outcomes.push(...got);
        continue;
      }
      // the batch never returned: start a fresh tab and run its pages one by one to name the culprit
      await page.close();
      page = await pipelinePage();
      for (const one of batch) {
        const single = await runBatch(page, [one], BUDGET_MS * 5);
        if (single) outcomes.push(...single);
        else {
          hangs.push(one.id);
          await page.close();
          page = await pipelinePage();
        }
      }
    }
    await page.close();
    const crashes = outcomes.filter((o) => o.error);
    const invalid = outcomes.filter((o) => !o.error && !o.valid);
    const slow = outcomes.filter((o) => o.ms > BUDGET_MS);
    const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
    const total = outcomes.reduce((s, o) => s + o.ms, 0);
    console.log(
      `fuzz chromium: ${all.length} pages (seed ${SEED}), ${crashes.length} crashes, ${hangs.length} hangs, ${slow.length} over ${BUDGET_MS} ms, ` +
        `${invalid.length} invalid; slowest ${slowest.id} ${slowest.ms.toFixed(0)} ms; mean ${(total / outcomes.length).toFixed(1)} ms/page`,
    );
    expect(crashes.map((o) => `${o.id}: ${o.error}`)).toEqual([]);
    expect(hangs).toEqual([]);
    expect(slow.map((o) => `${o.id}: ${o.ms.toFixed(0)} ms`)).toEqual([]);
    expect(invalid.map((o) => o.id)).toEqual([]);
    expect(outcomes).toHaveLength(all.length);
  }, 300000);

  it(`the real extension on ${THROUGH_EXTENSION} of them, served: a result every time, no extension error`, async () => {
    await shimNames(h.extPage);
    const extensionErrors: string[] = [];
    const worker = await h.worker();
    worker.on('console', (m) => void (m.type() === 'error' && extensionErrors.push(`worker: ${m.text()}`)));
    const outcomes: string[] = [];
    for (const { id, html } of fuzzPages(bases, THROUGH_EXTENSION, SEED)) {
      const tab = await h.context.newPage();
      // the page's own junk handlers may throw; only errors from our content script count
      tab.on('pageerror', (e) => void (/chrome-extension:/.test(e.stack ?? '') && extensionErrors.push(`${id}: ${e.message}`)));
      tab.on('crash', () => extensionErrors.push(`${id}: tab crashed`));
      await tab.goto(server.put(`/fuzz/${id}.html`, html), { waitUntil: 'load' });
      await h.clickToolbarButton(tab);
      let shown = await h.realPopup();
      for (const until = Date.now() + 15000; (!shown || ['', 'analysing'].includes(shown.state)) && Date.now() < until; ) {
        await new Promise((r) => setTimeout(r, 50));
        shown = await h.realPopup();
      }
      outcomes.push(`${id}: ${shown?.state ?? 'no popup'}${shown?.state === 'error' ? ` (${shown.message})` : ''}`);
      await tab.close();
    }
    console.log(`fuzz chromium, real extension: ${outcomes.join(', ')}`);
    expect(outcomes.filter((o) => !/: (ready|not-article)$/.test(o))).toEqual([]);
    expect(extensionErrors).toEqual([]);
  }, 120000);
});
