// Every word Newslens shows comes from public/_locales/<lang>/messages.json through the browser's i18n API.
// getMessage is synchronous and the same in Chrome and Firefox, so this reads the global directly rather than
// through the polyfill: the injected scripts stay small, and unit tests can stand in a plain object.

import type messages from '../public/_locales/en/messages.json';

/** English is complete: its keys are the keys. A typo is a type error, not a blank label. */
export type MessageKey = keyof typeof messages;

type I18n = { getMessage(key: string, substitutions?: string[]): string };
const api = (): I18n | undefined => {
  const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return g.browser?.i18n ?? g.chrome?.i18n;
};

/** The message in the reader's language; the key itself if the message is missing (visible, never blank). */
export function t(key: MessageKey, subs?: string | number | Array<string | number>): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  return api()?.getMessage(key, list) || key;
}

/** The reader's locale for numbers and dates; navigator is missing only outside a browser (Node tests). */
export const locale = (): string | undefined => globalThis.navigator?.language;

type PluralBase = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

/**
 * A count in words: `key_one`, `key_few`… chosen by the locale's plural rules, `key_other` when a
 * language has no message for that category. Chrome's message format has no plurals of its own.
 */
export function plural(base: PluralBase, n: number): string {
  const category = new Intl.PluralRules(locale()).select(n);
  const exact = api()?.getMessage(`${base}_${category}`, [String(n)]);
  return exact || t(`${base}_other` as MessageKey, n);
}
