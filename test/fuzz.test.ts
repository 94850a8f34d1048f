// 1,000 mutated and malformed pages, seeded and reproducible, through the pipeline in-process and
// through the command line: zero crashes, zero hangs (a per-page budget), and always a valid Analysis.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fuzzPages } from '../scripts/lib/fuzz-pages';
import { syntheticArticle } from '../scripts/lib/synthetic-article';
import { analyzeHtml } from './helpers/page';

const SEED = Number(process.env.FUZZ_SEED ?? 20251123);
const PAGES = Number(process.env.FUZZ_PAGES ?? 1000);
const BUDGET_MS = 2000;
const fixtures = ['seed-stargate', 'adobe-figma', 'cisco-splunk', 'salesforce-slack'].map((n) =>
  readFileSync(new URL(`../../shared/fixtures/${n}/index.html`, import.meta.url), 'utf8'),
);
const bases = [...fixtures, syntheticArticle(800), '<html><body><ul>' + '<li><a href=/x>link</a></li>'.repeat(200) + '</ul></body></html>'];

describe(`fuzz: ${PAGES} pages, seed ${SEED}`, () => {
  it('in-process: never throws, never exceeds the per-page budget, always a plain Analysis', () => {
    const failures: string[] = [];
    let slowest = { id: '', ms: 0 };
    for (const { id, html } of fuzzPages(bases, PAGES, SEED)) {
      const t = performance.now();
      try {
        const a = analyzeHtml(html);
        const ms = performance.now() - t;
        if (ms > slowest.ms) slowest = { id, ms };
        if (ms > BUDGET_MS) failures.push(`${id}: ${ms.toFixed(0)} ms`);
        if (typeof a.isArticle !== 'boolean' || !Array.isArray(a.entities) || JSON.stringify(JSON.parse(JSON.stringify(a))) !== JSON.stringify(a)) failures.push(`${id}: malformed Analysis`);
        if (/<script|onerror\s*=|javascript:\S/i.test(JSON.stringify(a))) failures.push(`${id}: payload in Analysis`);
      } catch (e) {
        failures.push(`${id}: ${(e as Error).message}`);
      }
    }
    console.log(`fuzz in-process: ${PAGES} pages, ${failures.length} failures, slowest ${slowest.id} ${slowest.ms.toFixed(0)} ms`);
    expect(failures).toEqual([]);
  });

  it('through the command line: one line per page, no crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-fuzz-'));
    const files: string[] = [];
    for (const { id, html } of fuzzPages(bases, PAGES, SEED + 1)) {
      const f = join(dir, `${id}.html`);
      writeFileSync(f, html);
      files.push(f);
    }
    const repo = fileURLToPath(new URL('..', import.meta.url));
    const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...files], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30, timeout: 240000 });
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { isArticle: boolean; timings: { total: number } });
    expect(rows).toHaveLength(PAGES);
    expect(Math.max(...rows.map((a) => a.timings.total))).toBeLessThan(BUDGET_MS);
  }, 300000);
});
