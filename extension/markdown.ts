// "Copy as Markdown": the analysis as a note a reader can paste anywhere. Pure, unit-tested in test/ui.

import type { Analysis } from '../utils/types';
import { ENTITY_GROUPS, eventLabel, formatWhen, orderEvents, otherBylines } from './format';
import { plural, t } from './i18n';

// Page text must not turn into links, emphasis or HTML once pasted.
export const escapeMarkdown = (s: string): string => s.replace(/[\\`*_[\]<>|#]/g, '\\$&').replace(/\s+/g, ' ').trim();

export function toMarkdown(a: Analysis): string {
  const out: string[] = [`# ${escapeMarkdown(a.title ?? t('untitled_page'))}`, ''];
  const facts = [a.site, a.publishedTime ? formatWhen(a.publishedTime.slice(0, 10)) : null, a.readingMinutes ? t('min_read', a.readingMinutes) : null];
  const line = facts.filter((f): f is string => !!f).map(escapeMarkdown).join(' · ');
  if (line) out.push(line);
  out.push(`<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');

  out.push(`## ${t('summary_heading')}`, '');
  out.push(...(a.summary.length ? a.summary.map((s) => `- ${escapeMarkdown(s)}`) : [`_${t('md_no_summary')}_`]), '');

  out.push(`## ${t('md_entities')}`, '');
  if (!a.entities.length) out.push(`_${t('md_no_entities')}_`, '');
  for (const { type, label } of ENTITY_GROUPS) {
    const group = a.entities.filter((e) => e.type === type);
    if (!group.length) continue;
    out.push(`### ${label}`, '');
    for (const e of group) {
      const aka = e.aliases.length ? `; ${t('md_also_written', e.aliases.map(escapeMarkdown).join(', '))}` : '';
      out.push(`- ${escapeMarkdown(e.name)} (${plural('mentions', e.mentions)}${aka})`);
    }
    out.push('');
  }

  out.push(`## ${t('md_timeline')}`, '');
  if (!a.timeline.length) out.push(`_${t('md_no_events')}_`, '');
  for (const ev of orderEvents(a.timeline)) {
    const parties = ev.parties.length ? ` (${ev.parties.map(escapeMarkdown).join(', ')})` : '';
    out.push(`- **${formatWhen(ev.date)}** · ${eventLabel(ev.type)}: ${escapeMarkdown(ev.what)}${parties}`);
    if (ev.evidence) out.push(`  > ${escapeMarkdown(ev.evidence)}`);
  }
  if (a.timeline.length) out.push('');

  out.push(`## ${t('bylines_heading')}`, '');
  out.push(a.authors.length ? `${t('bylines_by')} ${a.authors.map(escapeMarkdown).join(', ')}` : `_${t('md_no_author')}_`);
  const others = otherBylines(a.bylines, a.authors, a.publishedTime);
  if (others.length) {
    out.push('', t('md_also_on_page'), '');
    for (const b of others) out.push(`- ${escapeMarkdown(b.name)}${b.date ? ` · ${formatWhen(b.date)}` : ''}`);
  }
  out.push('', `_${t('md_footer')}_`);
  return out.join('\n') + '\n';
}
