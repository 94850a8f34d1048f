// The words: every message is used and described, no English is left in the views' markup, counts follow
// the language's plural rules, and dates the reader's locale.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatWhen } from '../../extension/format';
import { plural, t } from '../../extension/i18n';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(tsx?|html)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
const code = ['components', 'entrypoints', 'extension'].flatMap(files).concat('wxt.config.ts').map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
// keys built from a value: `type_${type}`, `event_${type}`, PARTS, MESSAGES, plural bases
const BUILT = /^(type_|event_|when_|restricted_|mentions_|sentences_|memory_(articles|entities|events|graph_more|sources)_(one|other)$)/;

describe('messages.json', () => {
  it.each(Object.keys(messages))('%s is described and used', (key) => {
    expect(messages[key]!.description).toBeTruthy();
    expect(BUILT.test(key) || code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`)).toBe(true);
  });

  it('every $PLACEHOLDER$ in a message is declared', () => {
    for (const [key, m] of Object.entries(messages)) {
      const used = [...m.message.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(used, key).toEqual(Object.keys(m.placeholders ?? {}).sort());
    }
  });

  it('the views carry no English of their own', () => {
    for (const f of files('components').filter((x) => x.endsWith('.tsx'))) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      // a line of words alone (JSX text), text right after a tag, or a label-like attribute written out
      expect(text, f).not.toMatch(/^\s+[A-Z][a-z]+( [a-z]+)+[.!?]?\s*$/m);
      expect(text, f).not.toMatch(/<[a-z0-9]+[^>{}]*>[A-Z][a-z]+ [a-z]+/);
      expect(text, f).not.toMatch(/(aria-label|title|placeholder)="[A-Za-z]/);
    }
  });
});

describe('words in use', () => {
  const nav = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  afterEach(() => {
    if (nav) Object.defineProperty(globalThis, 'navigator', nav);
    else delete (globalThis as { navigator?: unknown }).navigator;
  });
  const speak = (language: string) => Object.defineProperty(globalThis, 'navigator', { value: { language }, configurable: true });

  it('counts take the plural the number needs', () => {
    expect(plural('mentions', 1)).toBe('1 mention');
    expect(plural('mentions', 4)).toBe('4 mentions');
    expect(plural('sentences', 1)).toBe('1 sentence');
    expect(t('min_read', 4)).toBe('4 min read');
  });

  it.each([
    ['en-US', '2023-10-13', 'Oct 13, 2023'],
    ['en-GB', '2023-10-13', '13 Oct 2023'],
    ['fr-FR', '2023-10-13', '13 oct. 2023'],
    ['de-DE', '2024-03', 'März 2024'],
    ['ja-JP', '2019', '2019年'],
  ])('in %s, %s reads %s', (language, value, words) => {
    speak(language);
    expect(formatWhen(value)).toBe(words);
  });

  it('a date never slips to the day before, whatever the time zone', () => {
    speak('en-US');
    expect(formatWhen('2025-01-01')).toBe('Jan 1, 2025');
  });
});
