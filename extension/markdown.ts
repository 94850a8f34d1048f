// "Copy as Markdown": the analysis as a note a reader can paste anywhere. Pure, unit-tested in test/ui.

import type { Analysis } from '../utils/types';
import { ENTITY_GROUPS, eventLabel, formatWhen, orderEvents, otherBylines, plural } from './format';

// Page text must not turn into links, emphasis or HTML once pasted.
export const escapeMarkdown = (s: string): string => s.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s+/g, ' ').trim();

export function toMarkdown(a: Analysis): string {
  const out: string[] = [`# ${escapeMarkdown(a.title ?? 'Untitled page')}`, ''];
  const facts = [a.site, a.publishedTime ? formatWhen(a.publishedTime.slice(0, 10)) : null, a.readingMinutes ? `${a.readingMinutes} min read` : null];
  const line = facts.filter((f): f is string => !!f).map(escapeMarkdown).join(' · ');
  if (line) out.push(line);
  out.push(`<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');

  out.push('## Summary', '');
  out.push(...(a.summary.length ? a.summary.map((s) => `- ${escapeMarkdown(s)}`) : ['_No summary._']), '');

  out.push('## Entities', '');
  if (!a.entities.length) out.push('_None found._', '');
  for (const { type, label } of ENTITY_GROUPS) {
    const group = a.entities.filter((e) => e.type === type);
    if (!group.length) continue;
    out.push(`### ${label}`, '');
    for (const e of group) {
      const aka = e.aliases.length ? `; also ${e.aliases.map(escapeMarkdown).join(', ')}` : '';
      out.push(`- ${escapeMarkdown(e.name)} (${plural(e.mentions, 'mention')}${aka})`);
    }
    out.push('');
  }

  out.push('## Timeline', '');
  if (!a.timeline.length) out.push('_No dated events found._', '');
  for (const ev of orderEvents(a.timeline)) {
    const parties = ev.parties.length ? ` (${ev.parties.map(escapeMarkdown).join(', ')})` : '';
    out.push(`- **${formatWhen(ev.date)}** · ${eventLabel(ev.type)}: ${escapeMarkdown(ev.what)}${parties}`);
    if (ev.evidence) out.push(`  > ${escapeMarkdown(ev.evidence)}`);
  }
  if (a.timeline.length) out.push('');

  out.push('## Bylines', '');
  out.push(a.authors.length ? `By ${a.authors.map(escapeMarkdown).join(', ')}` : '_No author named._');
  const others = otherBylines(a.bylines, a.authors, a.publishedTime);
  if (others.length) {
    out.push('', 'Also on this page:', '');
    for (const b of others) out.push(`- ${escapeMarkdown(b.name)}${b.date ? ` · ${formatWhen(b.date)}` : ''}`);
  }
  out.push('', `_Made by Newslens on your own computer._`);
  return out.join('\n') + '\n';
}
