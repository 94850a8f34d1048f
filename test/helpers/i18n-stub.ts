// Unit tests run outside a browser: stand in chrome.i18n with the English messages, substituting
// placeholders as Chrome does ($NAME$ -> the placeholder's content, $1..$9 -> the arguments).

import { readFileSync } from 'node:fs';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, Message>;

export function getMessage(key: string, subs: string[] = []): string {
  const m = messages[key];
  if (!m) return '';
  const args = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  const named = Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([k, p]) => [k.toLowerCase(), args(p.content)]));
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, k: string) => named[k.toLowerCase()] ?? all).replace(/\$\$/g, '$');
}

const g = globalThis as { chrome?: { i18n?: unknown } };
g.chrome = { ...g.chrome, i18n: { getMessage, getUILanguage: () => 'en' } };
