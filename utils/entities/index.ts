// Stage 3: the people, organisations, products, places and sums of money an article names, each with
// its full name, the short forms used for it and how often it is mentioned.

import type { Entity, EntityType } from '../types';
import type { Sentence } from '../text/sentences';
import { findCandidates, type Candidate } from './candidates';
import { classify, knownType, type Group } from './classify';
import { aliasTargets } from './aliases';
import { findMoney } from './money';
import { FIRST_NAMES } from './lexicon/first-names';

/** "U.S." and "US", "St. Louis" and "St Louis" are one name. */
export const nameKey = (words: string[]): string => words.join(' ').toLowerCase().replace(/\./g, '');

export interface Mention {
  entity: number;
  start: number;
  end: number;
}

const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\-]+/gu;
const HEADING = /[.!?:;"”’)]$/;

export function findEntities(text: string, sentences: Sentence[], lang: string | null = null): { entities: Entity[]; mentions: Mention[] } {
  const money = findMoney(text);
  const covered = new Uint8Array(text.length + 1);
  for (const m of money) covered.fill(1, m.start, m.end);
  const headings = headingParagraphs(text);
  const prose = sentences.filter((s) => !headings.has(s.paragraph));
  const cands = findCandidates(text, prose, (pos) => covered[pos] === 1);
  const lowerVocab = new Set(text.match(LOWER_WORD) ?? []);

  const groups = new Map<string, Group & { forms: Map<string, number>; cands: Candidate[] }>();
  for (const c of cands) {
    const key = nameKey(c.words);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, words: c.words, mid: 0, personCue: 0, orgCue: 0, productCue: 0, placeCue: 0, saidCue: 0, possessive: 0, forms: new Map(), cands: [] }));
    if (!c.sentenceStart) g.mid++;
    g.personCue += +c.personCue; g.orgCue += +c.orgCue; g.productCue += +c.productCue; g.placeCue += +c.placeCue; g.saidCue += +c.saidCue; g.possessive += +c.possessive;
    const form = c.words.join(' ');
    g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
    g.cands.push(c);
  }

  dropOpeners(groups, text);

  // one-word organisations first: "Adobe XD" is a product because "Adobe" is an organisation
  const single = new Map<string, EntityType | null>();
  const ctx = { lowerVocab, isOrg: (k: string) => (single.get(k) ?? knownType(k)) === 'organization', isSingle: (k: string) => groups.has(k), conservative: !isEnglish(text, lang) };
  for (const g of groups.values()) if (g.words.length === 1) single.set(g.key, classify(g, ctx));
  const types = new Map<string, EntityType | null>();
  for (const g of groups.values()) types.set(g.key, g.words.length === 1 ? single.get(g.key)! : classify(g, ctx));
  const fulls = [...groups.values()].filter((g) => types.get(g.key)).map((g) => ({ key: g.key, words: g.words, type: types.get(g.key)! }));
  const firstAt = (k: string): number => groups.get(k)?.cands[0]?.start ?? Infinity;
  const alias = aliasTargets(fulls, ctx.isOrg, (short, full) => firstAt(short) > firstAt(full));
  for (const [short, full] of writtenAliases(text, cands, groups)) if (types.get(full)) alias.set(short, full);

  const entities: Entity[] = [];
  const index = new Map<string, number>();
  const mentions: Mention[] = [];
  const entityFor = (key: string): number => {
    let i = index.get(key);
    if (i === undefined) {
      const g = groups.get(key)!;
      index.set(key, (i = entities.length));
      entities.push({ name: display(g.forms), type: types.get(key)!, aliases: [], mentions: 0 });
    }
    return i;
  };
  for (const g of groups.values()) {
    const target = alias.has(g.key) && alias.get(g.key) !== g.key && groups.has(alias.get(g.key)!) ? alias.get(g.key)! : null;
    if (!target && !types.get(g.key)) continue;
    const i = entityFor(target ?? g.key);
    if (target) for (const f of g.forms.keys()) if (!entities[i]!.aliases.includes(f)) entities[i]!.aliases.push(f);
    for (const c of g.cands) mentions.push({ entity: i, start: c.start, end: c.end });
    if (target) preferShort(entities[i]!, display(g.forms), g.cands.length, groups.get(target)!.cands.length);
  }
  addMoney(money, entities, mentions);
  for (const m of mentions) entities[m.entity]!.mentions++;
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

// "Owning Nimbus": a sentence's first word before a name the article also writes alone is an ordinary
// word, unless it is itself a name (capitalised inside a sentence somewhere, or a given name).
function dropOpeners(groups: Map<string, Group & { forms: Map<string, number>; cands: Candidate[] }>, text: string): void {
  const midWords = new Set<string>();
  for (const g of groups.values()) if (g.mid) for (const w of g.key.split(' ')) midWords.add(w);
  for (const g of [...groups.values()]) {
    if (g.mid || g.words.length < 2) continue;
    const first = g.words[0]!.toLowerCase();
    const rest = groups.get(g.key.slice(first.length + 1));
    if (!rest || midWords.has(first) || FIRST_NAMES.has(first) || knownType(first)) continue;
    for (const c of g.cands) {
      const start = text.indexOf(c.words[1]!, c.start);
      rest.cands.push({ ...c, words: c.words.slice(1), start });
      rest.forms.set(c.words.slice(1).join(' '), (rest.forms.get(c.words.slice(1).join(' ')) ?? 0) + 1);
    }
    rest.cands.sort((a, b) => a.start - b.start);
    groups.delete(g.key);
  }
}

// "Nimbus" written ten times, "Nimbus Motorworks" once: the company goes by the short name, which the
// timeline then uses too; a person keeps the full name.
function preferShort(e: Entity, short: string, shortCount: number, fullCount: number): void {
  if (e.type === 'person' || !e.name.startsWith(`${short} `) || shortCount <= fullCount) return;
  e.aliases = [e.name, ...e.aliases.filter((a) => a !== short)];
  e.name = short;
}

// Short forms the text itself gives: "State Property Agency (SPA)", and plurals of model names ("H20s").
function writtenAliases(text: string, cands: Candidate[], groups: Map<string, Group>): Map<string, string> {
  const out = new Map<string, string>();
  cands.forEach((c, i) => {
    const next = cands[i + 1];
    if (next && next.words.length === 1 && /^\s*\($/.test(text.slice(c.end, next.start)) && text[next.end] === ')' && /^\p{Lu}[\p{Lu}\d&]+$/u.test(next.words[0]!)) {
      out.set(nameKey(next.words), nameKey(c.words));
    }
    const key = nameKey(c.words);
    if (/\d[s]$/.test(key) && groups.has(key.slice(0, -1))) out.set(key, key.slice(0, -1));
  });
  return out;
}

function addMoney(money: ReturnType<typeof findMoney>, entities: Entity[], mentions: Mention[]): void {
  const byKey = new Map<string, number>();
  for (const m of money) {
    let i = byKey.get(m.key);
    if (i === undefined) {
      byKey.set(m.key, (i = entities.length));
      entities.push({ name: m.text, type: 'money', aliases: [], mentions: 0 });
    } else if (m.text !== entities[i]!.name && !entities[i]!.aliases.includes(m.text)) entities[i]!.aliases.push(m.text);
    mentions.push({ entity: i, start: m.start, end: m.end });
  }
}

// The form to show: the most frequent, preferring ordinary capitals over a dateline's "SAN JOSE".
function display(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => +(a[0] === a[0].toUpperCase()) - +(b[0] === b[0].toUpperCase()) || b[1] - a[1])[0]![0];
}

function headingParagraphs(text: string): Set<number> {
  const out = new Set<number>();
  text.split('\n').forEach((p, i) => {
    const t = p.trim();
    if (t && !HEADING.test(t) && t.split(/\s+/).length <= 14) out.add(i);
  });
  return out;
}

// English by the page's lang, or, without one, by a text written mostly in Latin letters.
function isEnglish(text: string, lang: string | null): boolean {
  if (lang) return /^en\b/i.test(lang);
  const sample = text.slice(0, 4000);
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters === 0 || latin / letters > 0.8;
}
