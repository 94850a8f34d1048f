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

export function describeEvent(type: EventType, parties: string[], subjectIsPerson: boolean, money: string | null): string {
  const [a, ...rest] = parties;
  const b = list(rest);
  if (type === 'hire' && subjectIsPerson) return `${a} joins ${b}`;
  if (type === 'investment' && money) return `${a} invests ${money} in ${b}`;
  if (type === 'acquisition' && money) return `${a} acquires ${b} (${money})`;
  if (type === 'ended') return `${a} and ${b} end their deal`;
  if (type === 'other') return `${a} and ${b}`;
  return `${a} ${PHRASE[type]} ${b}`;
}
