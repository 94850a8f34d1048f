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

const DEPARTS = /leave|step|retir|resign|fired|ousted|replac/;
const RAISING = /^(?:raised|raises|funding round|valu)/;
const REGULATORY: [RegExp, string][] = [
  [/^(?:su|lawsuit)/, 'sues'], [/^block/, 'blocks'], [/^(?:approv|clear)/, 'clears'], [/^fine/, 'fines'],
  [/^complaint/, 'files a complaint about'], [/^(?:investigat|probe)/, 'investigates'], [/^(?:review|examin|provisional)/, 'reviews'],
  [/^objection/, 'objects to'], [/^charged/, 'charges'],
];

// "invests" -> "invest" when several act together
const plural = (phrase: string): string =>
  phrase.replace(/^(\w+?)(es|s)\b/, (_m, stem: string, end: string) => (end === 'es' && /(?:ch|sh|ss|x|z|o)$/.test(stem) ? stem : stem + (end === 'es' ? 'e' : '')));

export function describeEvent(type: EventType, parties: string[], subjectIsPerson: boolean, money: string | null, verbs: string[] = [], actors = 1, says: string | null = null): string {
  // a milestone of one party: "Nimbus goes public", "Acme raises $2 billion"
  if (parties.length === 1) {
    if (type === 'investment' && money) return `${parties[0]} raises ${money}`;
    if (type === 'hire' && subjectIsPerson) return `${parties[0]} ${verbs.some((v) => DEPARTS.test(v)) ? 'steps down' : 'takes a new post'}`;
    return `${parties[0]} ${says ?? PHRASE[type]}`;
  }
  if (actors < 2 || actors >= parties.length) return describeOne(type, parties, subjectIsPerson, money, verbs);
  const plain = describeOne(type, [list(parties.slice(0, actors)), ...parties.slice(actors)], subjectIsPerson, money, verbs);
  const subject = list(parties.slice(0, actors));
  return plain.startsWith(`${subject} `) ? `${subject} ${plural(plain.slice(subject.length + 1))}` : plain;
}

function describeOne(type: EventType, parties: string[], subjectIsPerson: boolean, money: string | null, verbs: string[]): string {
  const [a, ...rest] = parties;
  const b = list(rest);
  // "X raised $N in a round led by Y": the money flows from Y to X
  if (type === 'investment' && verbs.some((v) => RAISING.test(v))) return `${a} raises ${money ? `${money} ` : ''}from ${b}`;
  if (type === 'hire' && subjectIsPerson) return `${a} ${verbs.some((v) => DEPARTS.test(v)) ? 'leaves' : 'joins'} ${b}`;
  if (type === 'investment' && money) return `${a} invests ${money} in ${b}`;
  // "A sold B to C": B changes hands
  if (type === 'acquisition' && verbs.some((v) => /^(?:sold|sell)/.test(v))) return `${a} sells ${b}${money ? ` (${money})` : ''}`;
  if (type === 'acquisition' && money) return `${a} acquires ${b} (${money})`;
  if (type === 'regulatory') {
    // the first trigger of the clause is its main verb: "issued provisional findings ... blocking" reviews
    const verb = verbs.map((v) => REGULATORY.find(([re]) => re.test(v))?.[1]).find(Boolean);
    if (verb) return `${a} ${verb} ${b}`;
  }
  if (type === 'ended') return `${a} and ${b} end their deal`;
  if (type === 'other') {
    const all = list(parties);
    if (verbs.some((v) => /founded|started by/.test(v))) return subjectIsPerson ? `${a} founds ${b}` : `${a} is founded by ${b}`;
    if (verbs.some((v) => /tension|clash|rival|compet/.test(v))) return `Tensions between ${all}`;
    if (verbs.some((v) => /fee$/.test(v))) return `${a} pays ${b} a ${money ? `${money} ` : ''}fee`;
    if (verbs.some((v) => /fired|ousted|reinstated/.test(v))) return `Leadership turmoil: ${all}`;
    return all;
  }
  return `${a} ${PHRASE[type]} ${b}`;
}
