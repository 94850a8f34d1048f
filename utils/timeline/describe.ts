// The short "what" of an event: who did what to whom, in the present tense of a headline.

import type { EventType } from '../types';

const PHRASE: Record<EventType, string> = {
  investment: 'invests in',
  partnership: 'partners with',
  acquisition: 'acquires',
  regulatory: 'takes regulatory action on',
  hire: 'hires',
  ended: 'ends its deal with',
  ipo: 'goes public on',
  product: 'launches',
  other: 'and',
};

const list = (xs: string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

const RAISING = /^(?:raised|raises|funding round|valu)/;
const REGULATORY: [RegExp, string][] = [
  [/^(?:su|lawsuit)/, 'sues'], [/^block/, 'blocks'], [/^(?:approv|clear)/, 'clears'], [/^fine/, 'fines'],
  [/^complaint/, 'files a complaint about'], [/^(?:investigat|probe)/, 'investigates'], [/^(?:review|examin|provisional)/, 'reviews'],
  [/^objection/, 'objects to'], [/^charged/, 'charges'],
];

export function describeEvent(type: EventType, parties: string[], subjectIsPerson: boolean, money: string | null, verbs: string[] = []): string {
  const [a, ...rest] = parties;
  const b = list(rest);
  // "X raised $N in a round led by Y": the money flows from Y to X
  if (type === 'investment' && verbs.some((v) => RAISING.test(v))) return `${a} raises ${money ? `${money} ` : ''}from ${b}`;
  if (type === 'hire' && subjectIsPerson) return `${a} joins ${b}`;
  if (type === 'investment' && money) return `${a} invests ${money} in ${b}`;
  if (type === 'acquisition' && money) return `${a} acquires ${b} (${money})`;
  if (type === 'regulatory') {
    const verb = REGULATORY.find(([re]) => verbs.some((v) => re.test(v)))?.[1];
    if (verb) return `${a} ${verb} ${b}`;
  }
  if (type === 'ended') return `${a} and ${b} end their deal`;
  if (type === 'other') return `${a} and ${b}`;
  return `${a} ${PHRASE[type]} ${b}`;
}
