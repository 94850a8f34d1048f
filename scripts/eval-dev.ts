// npm run -s eval:dev [-- --json | --quiet | --min metric=value ... | --only name-part]
// The development set: real pages from ../shared/corpora that nobody here wrote, with gold in
// test/devset/<name>/gold.json. Scores Newslens with ../shared/eval/score.mjs exactly as the fixtures are
// scored (extra arguments pass through), then scores a naive event baseline on the same pages with the
// same timeline metric, and prints both side by side. Not a ratchet: rules must not be tuned to these pages.

import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { aggregate, scoreCase } from '../../shared/eval/score.mjs';
import { analyzeDocument } from '../utils/analyze';
import type { Analysis } from '../utils/types';
import { buildDevCases, loadDevCases } from './lib/devset-cases';
import { naiveTimeline } from './lib/naive-timeline';

// --only keeps the pages whose folder name contains the given text; everything else goes to score.mjs
const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] ?? '' : '';
const passThrough = onlyAt >= 0 ? [...argv.slice(0, onlyAt), ...argv.slice(onlyAt + 2)] : argv;
const json = passThrough.includes('--json');
const cases = loadDevCases().filter((c) => c.name.includes(only));
const dir = buildDevCases(cases);

const run = spawnSync(
  process.execPath,
  ['../shared/eval/score.mjs', '--cases', dir, '--cmd', 'npm run -s analyze -- {html} --url {url}', ...passThrough],
  { cwd: new URL('..', import.meta.url), encoding: 'utf8', maxBuffer: 256 << 20 },
);
rmSync(dir, { recursive: true, force: true });
if (run.error) throw run.error;
process.stderr.write(run.stderr);
const scored = run.stdout;
// score.mjs ends with its `ok: …` / `short: …` line, after the JSON too
const status = scored.trimEnd().split('\n').pop() ?? '';
const scoredJson = json ? (JSON.parse(scored.slice(0, scored.lastIndexOf('}') + 1)) as { aggregate: Record<string, number> }) : null;
const newslens = scoredJson ? scoredJson.aggregate : parseAggregate(scored);

const baselineResults = cases.map(({ name, gold, html }) => {
  const { document } = parseHTML(html);
  const analysis: Analysis = analyzeDocument(document as unknown as Document, { url: gold.url, clone: false });
  return { name, gold, score: scoreCase(gold, { ...analysis, timeline: naiveTimeline(analysis) }) };
});
const baseline = aggregate(baselineResults);

const goldEvents = cases.flatMap((c) => (c.gold.events as { optional?: boolean }[] | undefined) ?? []);
const goldEntities = cases.flatMap((c) => Object.values((c.gold.entities as Record<string, string[]> | undefined) ?? {}).flat());
const counts = { cases: cases.length, events: goldEvents.filter((e) => !e.optional).length, optionalEvents: goldEvents.filter((e) => e.optional).length, entities: goldEntities.length };

if (json) {
  const perCase = baselineResults.map(({ name, score }) => ({ name, timeline: (score as { timeline: unknown }).timeline }));
  process.stdout.write(JSON.stringify({ devset: counts, newslens: scoredJson, baseline: { aggregate: baseline, results: perCase } }, null, 1) + '\n');
  process.stdout.write(status + '\n');
} else {
  process.stdout.write(scored);
  const f2 = (x: number | undefined): string => (typeof x === 'number' && !Number.isNaN(x) ? x.toFixed(2) : '-');
  const rows: [string, boolean][] = [
    ['timeline.p', true], ['timeline.r', true], ['timeline.f1', true], ['timeline.grounded', true],
    ['entities.f1', false], ['authors', false], ['title', false], ['published', false], ['times.acc', false],
  ];
  const lines = [
    '',
    `devset: ${counts.cases} pages, ${counts.events} gold events (+${counts.optionalEvents} optional), ${counts.entities} gold entities`,
    'metric              newslens  naive baseline',
    ...rows.map(([k, both]) => `${k.padEnd(20)}${f2(newslens[k]).padEnd(10)}${both ? f2(baseline[k]) : '(same Analysis)'}`),
    'naive baseline: one event per sentence naming two of the Analysis\'s organizations/people plus a deal word',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}
process.exitCode = run.status ?? 2;

function parseAggregate(out: string): Record<string, number> {
  const line = out.split('\n').find((l) => l.startsWith('aggregate: ')) ?? '';
  return Object.fromEntries(line.slice(11).split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
}
