// npm run bench:memory — the partnership memory at 1,000 to 10,000 articles (about 100,000 events), in Node
// with fake-indexeddb. The articles are the real pipeline's output on generated news (scripts/lib/
// memory-articles.ts), renamed to reach the count. Prints one row per size; goals are the issue's.
//   BENCH_ARTICLES=2000 npm run bench:memory   a smaller run

import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { parseHTML } from 'linkedom';
import { openMemory } from '../extension/memory';
import { analyzeDocument } from '../utils/analyze';
import type { Analysis } from '../utils/types';
import { company, memoryArticle, variant } from './lib/memory-articles';

const TOTAL = Number(process.env.BENCH_ARTICLES ?? 10_000);
const TEMPLATES = 150;
const POOL = 3000;
const HUB = 'Hub Dynamics';
const DB = 'bench-memory';
const CHECKPOINTS = [1000, 2500, 5000, 10_000].filter((n) => n <= TOTAL);
if (!CHECKPOINTS.includes(TOTAL)) CHECKPOINTS.push(TOTAL);
const QUERIES = ['Helio', 'partnership', 'acquire Quanta', 'chief executive', 'Zephyr Cloud', 'Nasdaq', 'Kestrel Bancorp', 'joint venture'];

const now = (): number => performance.now();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
const f = (n: number, d = 1): string => n.toFixed(d);

// CPU time of this process: on a shared machine wall time also counts other processes' turns
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const wall: number[] = [];
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const c = cpu(), t = now();
  const r = await fn();
  wall.push(now() - t);
  return [r, cpu() - c];
}
const lastWall = (): number => wall[wall.length - 1]!;

async function bytesPerArticle(articles: number): Promise<number> {
  const db = await openDB(DB);
  let bytes = 0;
  for (const store of ['articles', 'entities', 'events', 'contributions']) {
    for (const r of await db.getAll(store)) bytes += Buffer.byteLength(JSON.stringify(r));
  }
  db.close();
  return bytes / articles;
}

process.stdout.write(`analysing ${TEMPLATES} generated articles with the real pipeline... `);
let t0 = now();
const templates: { a: Analysis; names: string[] }[] = [];
for (let i = 0; i < TEMPLATES; i++) {
  const { document } = parseHTML(memoryArticle(i));
  const a = analyzeDocument(document as unknown as Document, { url: `https://bench.example/t/${i}`, clone: false });
  templates.push({ a, names: [0, 1, 2, 3, 4, 5].map((j) => company(i * 6 + j)) });
}
const events = templates.reduce((n, t) => n + t.a.timeline.length, 0) / TEMPLATES;
console.log(`${f((now() - t0) / 1000)} s, ${f(events)} events per article`);

const memory = await openMemory(DB);
await memory.clear();
const storeMs: number[] = [];
const rows: string[][] = [];
t0 = now();
for (let v = 0; v < TOTAL; v++) {
  const tpl = templates[v % TEMPLATES]!;
  // the hub company: in one article of six among the first thousand, for a long timeline
  const a = variant(tpl.a, tpl.names, v, POOL, v < 1000 && v % 6 === 0 ? HUB : undefined);
  const [, ms] = await timed(() => memory.remember(a, new Date(Date.UTC(2025, 0, 1) + v * 60_000).toISOString()));
  storeMs.push(ms);
  if (!CHECKPOINTS.includes(v + 1)) continue;
  const n = v + 1;
  const last = storeMs.slice(-200);
  const storeWall = median(wall.slice(-200));
  const [, openMs] = await timed(async () => {
    const m = await openMemory(DB);
    await Promise.all([m.articles(), m.stats()]);
  });
  const openWall = lastWall();
  const fresh = await openMemory(DB);
  const stats = await fresh.stats();
  const [, buildMs] = await timed(() => fresh.search('Helio'));
  const buildWall = lastWall();
  const searchMs: number[] = [], searchWall: number[] = [];
  for (const q of QUERIES) {
    searchMs.push((await timed(() => fresh.search(q)))[1]);
    searchWall.push(lastWall());
  }
  const [timeline, timelineMs] = await timed(() => fresh.entityTimeline(HUB));
  const bytes = await bytesPerArticle(n);
  const both = (c: number, w: number, d = 1): string => `${f(c, d)} (${f(w, 0)})`;
  rows.push([String(n), String(stats.events), String(stats.entities), `${f(median(last))} / ${f(p95(last))} (${f(storeWall, 0)})`, both(openMs, openWall, 0),
    both(buildMs, buildWall, 0), both(median(searchMs), median(searchWall)), `${both(timelineMs, lastWall())} [${timeline?.events.length ?? 0}]`, f(bytes / 1024, 1)]);
  // each row as soon as it is measured: a long run shows its progress
  console.log(`  ${rows[rows.length - 1]!.join(' | ')}   (${f((now() - t0) / 1000)} s)`);
}

console.log('\nCPU ms of this process (wall ms in parentheses: the machine is shared, wall counts others\' turns too)');
const head = ['articles', 'events', 'entities', 'store one (median / p95)', 'open + list', 'first search (builds index)', 'search (median)', 'timeline [events]', 'kB / article'];
const goals = ['', '', '', '<= 20', '<= 300', '', '<= 30', '<= 100 [500]', ''];
const width = head.map((h, i) => Math.max(h.length, goals[i]!.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(width[i]!)).join(' | ')} |`;
console.log(['', line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line), line(goals)].join('\n'));
if (rows.length > 1) {
  const first = rows[0]!, lastRow = rows[rows.length - 1]!;
  const grow = (i: number): string => f(parseFloat(lastRow[i]!) / parseFloat(first[i]!), 2);
  // growth of CPU figures (the first number of each cell)
  console.log(`\ngrowth ${first[0]} -> ${lastRow[0]} articles: store x${grow(3)}, open + list x${grow(4)}, index build x${grow(5)}, search x${grow(6)}, timeline x${grow(7)}, bytes per article x${grow(8)}`);
}
