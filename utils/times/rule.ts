// What a rule is, and the small readers the rules share.

import { MONTHS } from '../text/dates';
import type { Unit, When } from './calendar';
import type { Ctx } from './resolve';

export type Groups = Partial<Record<string, string>>;

/** Resolution waits until the previous expression is known; null keeps the span claimed but emits nothing
 * ("31 February" must not fall back to a bare "February"). */
export type Reading = (ctx: Ctx) => When | null;

export interface Hit {
  g: Groups;
  start: number;
  end: number;
  text: string;
}

export interface Rule {
  re: RegExp;
  /** null: not a time expression after all */
  read: (hit: Hit) => Reading | null;
}

export const NOTHING: Reading = () => null;

export const isCap = (s: string | undefined): boolean => !!s && s[0] !== s[0]!.toLowerCase();

export const monthOf = (s: string | undefined): number => MONTHS[(s ?? '').replace('.', '').toLowerCase()] ?? 0;

/** -1 / 0 / +1 for last / this / next */
export const dirOf = (s: string | undefined): number => {
  const w = (s ?? '').toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
};

const COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};
export const countOf = (s: string | undefined): number => COUNTS[(s ?? '').toLowerCase()] ?? Number(s ?? NaN);

/** "decade" is not a grammar unit: ten years */
export function unitOf(s: string | undefined, count = 1): { unit: Unit; k: number } {
  const w = (s ?? 'day').toLowerCase();
  if (w === 'decade') return { unit: 'year', k: 10 * count };
  return { unit: w as Unit, k: count };
}

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, latter: 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};
export const ordinalOf = (s: string | undefined): number => ORDINALS[(s ?? '').toLowerCase()] ?? 0;

export const PART_OF: Record<string, number> = { early: 1, start: 1, beginning: 1, mid: 2, middle: 2, late: 3, end: 3, close: 3 };

/** "'24" and "FY24" are this century */
export const yearOf = (s: string | undefined): number => {
  const n = Number(s);
  return s && s.length === 2 ? 2000 + n : n;
};
