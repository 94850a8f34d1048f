// Stage 5: an extractive summary. News puts its key facts first, so position weighs heavily; on top
// of that a sentence earns credit for naming the article's main entities, sums and dates not yet
// covered by sentences already chosen, so the summary reaches past the lead to the deal's history.

import type { Entity } from '../types';
import type { Sentence } from '../text/sentences';

const TERMINAL = /[.!?"”’)]$/;
const QUOTE_OPEN = /^["“‘']/;
const MONEY = /[$€£¥]\s?\d/;
const YEAR = /\b(19|20)\d\d\b/;
const WORD = /[\p{L}\p{N}$][\p{L}\p{N}'’.$-]*/gu;

export interface SummaryHints {
  /** sentences that state a dated relation between parties (the timeline's evidence) */
  eventSentences?: ReadonlySet<string>;
}

export function summarize(sentences: Sentence[], entities: Entity[], n = 3, hints: SummaryHints = {}): string[] {
  const pool = sentences.filter((s) => TERMINAL.test(s.text) && wordCount(s.text) >= 8 && wordCount(s.text) <= 60 && !QUOTE_OPEN.test(s.text) && !s.text.endsWith('?'));
  if (!pool.length) return sentences.slice(0, n).map((s) => s.text);
  const salience = new Map<string, number>();
  const named = entities.filter((e) => e.type !== 'money' && e.type !== 'other');
  const top = Math.max(1, ...named.map((e) => e.mentions));
  for (const e of named) for (const form of [e.name, ...e.aliases]) salience.set(form.toLowerCase(), (e.type === 'person' ? 0.6 : 1) * Math.sqrt(e.mentions / top));
  const covers = pool.map((s) => coverage(s.text, salience));
  const chosen: number[] = [];
  const seen = new Set<string>();
  const seenWords = new Set<string>();
  while (chosen.length < Math.min(n, pool.length)) {
    let best = -1, bestScore = -Infinity;
    pool.forEach((s, i) => {
      if (chosen.includes(i)) return;
      let gain = 0;
      for (const [k, w] of covers[i]!) if (!seen.has(k)) gain += w;
      const words = content(s.text);
      const overlap = words.length ? words.filter((w) => seenWords.has(w)).length / words.length : 1;
      const position = 1.6 / (1 + i * 0.7);
      const facts = (MONEY.test(s.text) ? 0.35 : 0) + (YEAR.test(s.text) ? 0.25 : 0) + (hints.eventSentences?.has(s.text) ? 0.5 : 0);
      const score = position + gain + facts - 1.2 * overlap;
      if (score > bestScore) { bestScore = score; best = i; }
    });
    chosen.push(best);
    for (const k of covers[best]!.keys()) seen.add(k);
    for (const w of content(pool[best]!.text)) seenWords.add(w);
  }
  return chosen.sort((a, b) => a - b).map((i) => pool[i]!.text);
}

function coverage(text: string, salience: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const lower = text.toLowerCase();
  for (const [form, w] of salience) if (form.length > 1 && lower.includes(form)) out.set(form, w);
  return out;
}

const wordCount = (s: string): number => s.split(/\s+/).length;
const STOP = new Set('the a an of in on at to for and or but with as by from that this its it is was were has have had be been are which who will would said says'.split(' '));
const content = (s: string): string[] => (s.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w));
