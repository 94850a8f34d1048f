// The development set's gold must stay well-formed: every page is found in ../shared/corpora, every
// evidence and time text is verbatim in the page, every date follows ANALYSIS.md's grammar, and every
// party is one of the gold entities. It checks the annotations, not the pipeline (see scripts/eval-dev.ts).

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDevCases } from '../../scripts/lib/devset-cases';

interface GoldEvent { date: string | null; parties: string[]; type: string; what: string; evidence: string; optional?: boolean }
interface Gold {
  url: string; isArticle: boolean; title: string; authors: string[]; summary: string;
  entities: Record<string, string[]>; aliases: Record<string, string[]>;
  events: GoldEvent[]; timeExpressions: { text: string; value: string }[];
}

const DATE = /^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]|early|mid|late))?$/;
const TYPES = ['investment', 'partnership', 'acquisition', 'regulatory', 'product', 'hire', 'ended', 'ipo', 'other'];
const flat = (s: string): string => s.replace(/\s+/g, ' ');

const cases = loadDevCases().map((c) => {
  const { document } = parseHTML(c.html);
  return { name: c.name, gold: c.gold as unknown as Gold, text: flat(document.body?.textContent ?? '') };
});

describe('development set gold', () => {
  it('holds at least ten pages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { gold, text }) => {
    expect(gold.url).toMatch(/^https?:\/\//);
    expect(gold.title, 'title').toBeTruthy();
    expect(gold.summary, 'summary').toBeTruthy();
    const names = new Set([...Object.values(gold.entities).flat(), ...Object.keys(gold.aliases)]);
    for (const canon of Object.keys(gold.aliases)) expect(names, `alias key ${canon}`).toContain(canon);
    for (const e of gold.events) {
      expect(text, e.what).toContain(flat(e.evidence));
      if (e.date !== null) expect(e.date, e.what).toMatch(DATE);
      expect(TYPES, e.what).toContain(e.type);
      expect(e.parties.length, e.what).toBeGreaterThan(0);
      for (const p of e.parties) expect(names, `${e.what}: party ${p}`).toContain(p);
    }
    for (const t of gold.timeExpressions) {
      expect(text, t.text).toContain(t.text);
      expect(t.value, t.text).toMatch(DATE);
    }
  });
});
