// One place an event was read: the site, the article's date, and its sentence. A click opens the article.

import { formatWhen } from '../extension/format';
import { t } from '../extension/i18n';
import type { MemorySource } from '../utils/memory/types';

/** Only web addresses become links: a stored URL is page data and must not run anything. */
export const safeHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

const siteOf = (s: MemorySource): string => {
  if (s.site) return s.site;
  try {
    return new URL(s.url).hostname;
  } catch {
    return s.url;
  }
};

export function SourceLink({ source, evidence = false }: { source: MemorySource; evidence?: boolean }) {
  const when = source.publishedTime ? formatWhen(source.publishedTime.slice(0, 10)) : t('memory_undated_article');
  return (
    <span class="nl-source" data-testid="memory-source" data-url={source.url}>
      <a class="nl-source-link" href={safeHref(source.url)} target="_blank" rel="noopener noreferrer" title={source.title ?? source.url}>
        <span class="nl-source-site">{siteOf(source)}</span>
        <span class="nl-source-date">{when}</span>
      </a>
      {evidence && <q class="nl-evidence">{source.evidence}</q>}
    </span>
  );
}
