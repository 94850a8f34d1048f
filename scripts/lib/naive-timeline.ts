// The yardstick the timeline must beat: one event for each sentence that names two of the Analysis's
// own organizations or people and holds a deal word. Dated by the first time expression the sentence
// holds, else by the publication date. No parties' roles, no event types, no negation or tense.

import type { Analysis, TimelineEvent } from '../../utils/types';

// word stems, matched at the start of a word, case-insensitively
const DEAL_WORDS = [
  'invest', 'acqui', 'buy', 'bought', 'purchas', 'partner', 'deal', 'agree', 'hire', 'appoint', 'named',
  'sue', 'sued', 'lawsuit', 'settle', 'merg', 'stake', 'fund', 'ipo', 'listing', 'launch', 'order',
  'contract', 'sign', 'investigat', 'fine', 'layoff', 'lay off', 'resign', 'step down', 'stepped down',
];
const dealWord = new RegExp(`\\b(${DEAL_WORDS.join('|')})`, 'i');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function splitNaive(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function naiveTimeline(a: Analysis): TimelineEvent[] {
  const parties = a.entities
    .filter((e) => e.type === 'organization' || e.type === 'person')
    .map((e) => ({ name: e.name, re: new RegExp(`\\b(${[e.name, ...e.aliases].map(escape).join('|')})\\b`) }));
  const events: TimelineEvent[] = [];
  for (const sentence of splitNaive(a.text)) {
    if (!dealWord.test(sentence)) continue;
    const named = parties.filter((p) => p.re.test(sentence)).map((p) => p.name);
    if (named.length < 2) continue;
    const time = a.timeExpressions.find((t) => sentence.includes(t.text));
    events.push({
      date: time?.value ?? a.publishedTime?.slice(0, 10) ?? null,
      parties: named,
      type: 'other',
      what: sentence.slice(0, 80),
      evidence: sentence,
    });
  }
  return events;
}
