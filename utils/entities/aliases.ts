// Short forms that name an entity already met in full: a surname ("Altman"), an acronym ("CMA"), a
// generic head ("the Commission"), a name without its suffix ("Stargate"), or a product without its
// maker ("Teams" for "Microsoft Teams").

import type { EntityType } from '../types';
import { GENERIC_HEADS, ORG_SUFFIX } from './lexicon/companies';
import { PRODUCT_SUFFIX } from './lexicon/products';
import { suffixInside } from './classify';

export interface Full {
  key: string;
  words: string[];
  type: EntityType;
}

const CONNECTOR = /^(of|and|&|the|for|de|van|von)$/i;

/** Maps a one-word key to the key of the full entity it stands for, where exactly one fits. */
export function aliasTargets(fulls: Full[], isOrg: (key: string) => boolean, later: (short: string, full: string) => boolean): Map<string, string> {
  const votes = new Map<string, Set<string>>();
  const add = (short: string, full: string): void => {
    if (!votes.has(short)) votes.set(short, new Set());
    votes.get(short)!.add(full);
  };
  for (const f of fulls) {
    if (f.words.length < 2) continue;
    const lw = f.words.map((w) => w.toLowerCase().replace(/\./g, ''));
    const last = lw.at(-1)!;
    if (f.type === 'person') {
      add(last, f.key);
      continue;
    }
    const initials = f.words.filter((w) => !CONNECTOR.test(w)).map((w) => w[0]).join('').toLowerCase();
    if (initials.length >= 2) add(initials, f.key);
    if (GENERIC_HEADS.has(last)) add(last, f.key);
    // "Ford Motor Company" is "Ford Motor" and "Ford"; "Nimbus AeroSystems" is "Nimbus"
    let n = lw.length;
    while (n > 1 && (PRODUCT_SUFFIX.has(lw[n - 1]!) || ORG_SUFFIX.has(lw[n - 1]!) || suffixInside(f.words[n - 1]!))) add(lw.slice(0, --n).join(' '), f.key);
    if (f.type === 'product' && isOrg(lw[0]!)) add(lw.slice(1).join(' '), f.key);
    // "the Shuffle" after "iPod Shuffle", "Tiger" after "Mac OS X Tiger"
    if (f.type === 'product' && /^\p{Lu}\p{Ll}{2,}$/u.test(f.words.at(-1)!) && later(last, f.key)) add(last, f.key);
  }
  const out = new Map<string, string>();
  for (const [short, targets] of votes) if (targets.size === 1) out.set(short, [...targets][0]!);
  return out;
}
