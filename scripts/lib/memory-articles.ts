// Varied news articles for the memory benchmark: each names a handful of companies and people and states a
// dozen dated business events, so the real pipeline gives a realistic Analysis. Names are generated (not
// taken from any page); variants() then renames companies and shifts years to reach thousands of articles.

import type { Analysis } from '../../utils/types';

const STEMS = ['Helio', 'Quanta', 'Bright', 'Orbit', 'Kestrel', 'Nimbus', 'Vertex', 'Lumen', 'Cobalt', 'Aster', 'Boreal', 'Cinder', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Indigo', 'Juniper', 'Kepler', 'Lattice', 'Meridian', 'Nova', 'Onyx', 'Pioneer', 'Quartz', 'Redwood', 'Summit', 'Tidal', 'Umbra', 'Vanguard', 'Willow', 'Xenon', 'Yarrow', 'Zephyr', 'Atlas', 'Beacon', 'Cascade', 'Drift', 'Echo'];
const KINDS = ['Systems', 'Labs', 'Robotics', 'Bancorp', 'Networks', 'Therapeutics', 'Energy', 'Semiconductor', 'Cloud', 'Analytics', 'Motors', 'Capital', 'Software', 'Media', 'Biosciences'];
const LEGAL = ['', '', ' Inc.', ' Corp.', ' Ltd.'];
const GIVEN = ['Maria', 'David', 'Sarah', 'James', 'Aiko', 'Omar', 'Lena', 'Pedro', 'Grace', 'Ivan', 'Nadia', 'Tomas', 'Priya', 'Kofi', 'Elena', 'Marco'];
const FAMILY = ['Lopez', 'Chen', 'Okafor', 'Whitman', 'Tanaka', 'Haddad', 'Novak', 'Silva', 'Kim', 'Petrov', 'Rahman', 'Berg', 'Iyer', 'Mensah', 'Rossi', 'Duarte'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Company number n, distinct for n below 40 * 15 * 40. */
export function company(n: number): string {
  const stem = STEMS[n % STEMS.length]!, kind = KINDS[Math.floor(n / STEMS.length) % KINDS.length]!;
  const second = Math.floor(n / (STEMS.length * KINDS.length));
  return `${stem}${second ? ` ${STEMS[(second * 7) % STEMS.length]}` : ''} ${kind}`;
}
export const person = (n: number): string => `${GIVEN[n % GIVEN.length]} ${FAMILY[Math.floor(n / GIVEN.length) % FAMILY.length]}`;

type Slot = { c: string[]; p: string[]; y: number; i: number };
const when = (s: Slot, k: number): string => {
  const y = s.y - (k % 6), m = MONTHS[(s.i * 5 + k * 7) % 12]!;
  switch (k % 4) {
    case 0: return `in ${m} ${y}`;
    case 1: return `on ${m} ${(k * 3) % 27 + 1}, ${y}`;
    case 2: return `in the ${['first', 'second', 'third', 'fourth'][k % 4]} quarter of ${y}`;
    default: return `in ${y}`;
  }
};
const EVENTS: ((s: Slot, k: number) => string)[] = [
  (s, k) => `${s.c[0]} agreed to acquire ${s.c[1]} for $${k + 2} billion ${when(s, k)}, the companies said.`,
  (s, k) => `${s.c[2]} invested $${k * 10 + 50} million in ${s.c[3]} ${when(s, k)}.`,
  (s, k) => `${s.c[0]} and ${s.c[4]} announced a partnership ${when(s, k)} to build data centres.`,
  (s, k) => `${s.c[1]} hired ${s.p[0]} as chief executive ${when(s, k)}.`,
  (s, k) => `Regulators sued ${s.c[5]} over its pricing ${when(s, k)}.`,
  (s, k) => `${s.c[3]} launched the ${s.c[3]} Pilot app ${when(s, k)}.`,
  (s, k) => `${s.c[2]} ended its partnership with ${s.c[5]} ${when(s, k)}.`,
  (s, k) => `${s.c[4]} went public on the Nasdaq ${when(s, k)}.`,
  (s, k) => `${s.c[5]} bought a stake in ${s.c[0]} ${when(s, k)}.`,
  (s, k) => `${s.c[4]} named ${s.p[1]} its chief financial officer ${when(s, k)}.`,
  (s, k) => `${s.c[1]} signed a supply deal with ${s.c[2]} ${when(s, k)}.`,
  (s, k) => `${s.c[3]} raised $${k * 5 + 20} million in a funding round led by ${s.c[0]} ${when(s, k)}.`,
  (s, k) => `${s.c[0]} completed its purchase of ${s.c[3]} ${when(s, k)}.`,
  (s, k) => `${s.c[1]} agreed to merge with ${s.c[4]} ${when(s, k)}.`,
  (s, k) => `${s.c[5]} formed a joint venture with ${s.c[2]} ${when(s, k)}.`,
];
const FILLER = 'Analysts said the market had grown quickly, and customers were looking for cheaper options.';

export function memoryArticle(i: number): string {
  const s: Slot = { c: [0, 1, 2, 3, 4, 5].map((j) => company(i * 6 + j) + LEGAL[(i + j) % LEGAL.length]), p: [person(i * 2), person(i * 2 + 1)], y: 2025 - (i % 8), i };
  const paras: string[] = [];
  for (let k = 0; k < EVENTS.length; k += 3) paras.push(`<p>${[0, 1, 2].map((d) => EVENTS[(k + d + i) % EVENTS.length]!(s, k + d)).join(' ')} ${FILLER}</p>`);
  return `<!doctype html><html lang="en"><head><title>Deal roundup ${i} | Bench Wire</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="${s.y}-11-15T10:00:00Z"></head>
<body><article><h1>Deal roundup ${i}</h1><p class="byline">By ${person(i + 7)}</p>${paras.join('\n')}</article></body></html>`;
}

/**
 * Article `v` made from one analysed template: every company name replaced by another of the pool (the first
 * one by `hub` when given), years shifted, a new URL. The JSON is renamed as text, so names stay consistent
 * across entities, parties, phrases and evidence.
 */
export function variant(template: Analysis, templateNames: string[], v: number, poolSize: number, hub?: string): Analysis {
  const names = new Map(templateNames.map((n, j) => [n, j === 0 && hub ? hub : company(((v * 2654435761) >>> 0) % poolSize + j * 131)]));
  const re = new RegExp([...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const shift = (v % 5) - 2;
  const json = JSON.stringify({ ...template, url: `https://bench.example/news/${v}` })
    .replace(re, (m) => names.get(m)!)
    .replace(/\b(19|20)(\d\d)\b/g, (y) => String(Number(y) + shift));
  return JSON.parse(json) as Analysis;
}
