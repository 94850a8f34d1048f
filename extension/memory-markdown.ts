// An entity's merged timeline as Markdown: one line per event, its sources beneath with their sentences.

import type { EntityTimeline } from '../utils/memory/types';
import { eventLabel, formatWhen } from './format';
import { t } from './i18n';

// Page text must not turn into Markdown structure (links, emphasis, headings) when pasted elsewhere.
const plain = (s: string): string => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1').trim();

export function timelineMarkdown({ entity, events, relations }: EntityTimeline): string {
  const lines = [`# ${plain(entity.name)}`, '', `## ${t('memory_timeline_heading')}`, ''];
  if (!events.length) lines.push(t('memory_timeline_empty'));
  for (const ev of events) {
    const differ = ev.conflicting ? ` — ${t('memory_dates_differ')}` : '';
    lines.push(`- **${formatWhen(ev.date)}** (${eventLabel(ev.type)}): ${plain(ev.what)}${differ}`);
    for (const s of ev.sources) {
      const where = [s.site, s.publishedTime?.slice(0, 10)].filter(Boolean).join(', ');
      // where the sources disagree, each one's own date, so the reader sees the disagreement
      const says = ev.conflicting ? ` (${t('memory_source_says', formatWhen(s.date))})` : '';
      lines.push(`  - ${plain(where || s.url)}${says}: "${plain(s.evidence)}" <${s.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
    }
  }
  if (relations.length) {
    lines.push('', `## ${t('memory_relations_heading')}`, '');
    for (const r of relations) {
      const counts = Object.entries(r.counts).map(([type, n]) => `${eventLabel(type as Parameters<typeof eventLabel>[0])} ${n}`);
      lines.push(`- ${plain(r.name)}: ${counts.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const slug = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'entity';

export const timelineFileName = (name: string): string => `newslens-timeline-${slug(name)}.md`;
export const memoryFileName = (date: Date): string => `newslens-memory-${date.toISOString().slice(0, 10)}.json`;
