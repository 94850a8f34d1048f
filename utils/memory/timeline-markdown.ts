// An entity's timeline as a Markdown note: one line per event with its date and sources; conflicting dates
// are listed per source so the reader sees the disagreement. Pure text; the view adds no HTML.

import type { EntityTimeline, MemoryEvent } from './types';

// page text must not become links, emphasis or HTML once pasted
const esc = (s: string): string => s.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s+/g, ' ').trim();
const link = (url: string): string => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

function eventLines(ev: MemoryEvent): string[] {
  const lines = [`- **${ev.date ?? 'undated'}** · ${ev.type}: ${esc(ev.what)}`];
  if (ev.conflicting) lines.push(`  - dates differ: ${ev.sources.map((s) => `${s.date ?? 'undated'} (${esc(s.site ?? s.title ?? s.url)})`).join('; ')}`);
  for (const s of ev.sources) lines.push(`  - ${esc(s.site ?? s.title ?? 'source')}: ${link(s.url)}${s.evidence ? ` — “${esc(s.evidence)}”` : ''}`);
  return lines;
}

export function timelineMarkdown(t: EntityTimeline): string {
  const out = [`# ${esc(t.entity.name)}`, ''];
  const aka = t.entity.aliases.length ? `; also written ${t.entity.aliases.map(esc).join(', ')}` : '';
  out.push(`${t.entity.type}, in ${t.entity.articleUrls.length} remembered article(s)${aka}`, '', '## Timeline', '');
  out.push(...(t.events.length ? t.events.flatMap(eventLines) : ['_No events remembered._']), '');
  if (t.relations.length) {
    out.push('## Related', '');
    for (const r of t.relations) {
      const counts = Object.entries(r.counts).map(([type, n]) => `${n} ${type}`).join(', ');
      out.push(`- ${esc(r.name)}: ${counts}`);
    }
    out.push('');
  }
  return out.join('\n');
}
