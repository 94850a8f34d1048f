// Every gold page in ../shared/fixtures, scored by the project's own yardstick and held to the
// thresholds of the foundation issue.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aggregate, scoreCase } from '../../shared/eval/score.mjs';
import { analyzeHtml } from './helpers/page';

const root = new URL('../../shared/fixtures/', import.meta.url);
const cases = readdirSync(root).filter((n) => existsSync(new URL(`${n}/gold.json`, root)));

const results = cases.map((name) => {
  const gold = JSON.parse(readFileSync(new URL(`${name}/gold.json`, root), 'utf8')) as { url: string };
  const analysis = analyzeHtml(readFileSync(new URL(`${name}/index.html`, root), 'utf8'), { url: gold.url });
  return { name, gold, analysis, score: scoreCase(gold, analysis) };
});

describe('gold fixtures', () => {
  it('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(results.map((r) => [r.name, r] as const))('%s: valid Analysis with verbatim evidence', (_n, r) => {
    const a = r.analysis;
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    for (const e of a.timeline) expect(a.text).toContain(e.evidence);
    for (const t of a.timeExpressions) expect(a.text).toContain(t.text);
    for (const s of a.summary) expect(a.text).toContain(s);
    expect(a.summary).toHaveLength(3);
  });

  const agg = aggregate(results);
  it.each([
    ['title', 1], ['site', 1], ['published', 1], ['authors', 1], ['bylines', 0.95], ['body', 0.97],
    ['entities.f1', 0.9], ['times.acc', 0.85], ['timeline.f1', 0.8], ['timeline.grounded', 0.9], ['summary.vsLead3', 1.0],
  ] as const)('aggregate %s >= %s', (metric, min) => {
    expect(agg[metric]).toBeGreaterThanOrEqual(min);
  });

  it('leaks no boilerplate into the body', () => {
    expect(agg.leaks).toBe(0);
  });
});
