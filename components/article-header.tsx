import type { Analysis } from '../utils/types';
import { formatWhen } from '../extension/format';
import { t } from '../extension/i18n';

interface Props {
  analysis: Analysis;
  scope: 'page' | 'selection';
}

export function ArticleHeader({ analysis: a, scope }: Props) {
  const facts = [
    a.site ?? hostOf(a.url),
    a.publishedTime ? formatWhen(a.publishedTime.slice(0, 10)) : null,
    a.readingMinutes ? t('min_read', a.readingMinutes) : null,
  ].filter((f): f is string => !!f);
  return (
    <header class="nl-head" data-testid="header">
      <p class="nl-kicker">
        {facts.map((f) => (
          <span key={f}>{f}</span>
        ))}
      </p>
      <h1 class="nl-title" data-testid="title">
        {a.title ?? t('untitled_page')}
      </h1>
      {scope === 'selection' && <span class="nl-scope">{t('selection_scope')}</span>}
    </header>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
