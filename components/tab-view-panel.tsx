// What popup and sidebar show for a tab: a state in words, or the analysis.

import { useEffect, useState } from 'preact/hooks';
import type { TabView } from '../extension/messages';
import { t } from '../extension/i18n';
import type { EntityType } from '../utils/types';
import { AnalysisView, type Highlighter } from './analysis-view';
import { MemoryLine, type MemoryLineClient } from './memory-line';
import { StatusView } from './status-view';

interface Props {
  /** null while the page is being analysed */
  view: TabView | null;
  highlight: Highlighter;
  entityTypes: readonly EntityType[];
  onRetry?: () => void;
  /** the partnership memory, for a page's result (a selection is not remembered) */
  memory?: MemoryLineClient;
}

export function TabViewPanel({ view, highlight, entityTypes, onRetry, memory }: Props) {
  const [anyway, setAnyway] = useState(false);
  const analysis = view?.state === 'ready' ? view.analysis : null;
  useEffect(() => setAnyway(false), [analysis]);

  if (!view) return <StatusView kind="analysing" />;
  if (view.state === 'restricted') return <StatusView kind="restricted" message={view.message} />;
  if (view.state === 'error') {
    return <StatusView kind="error" message={view.message} detail={view.detail} action={onRetry && { label: t('try_again'), run: onRetry }} />;
  }
  if (!view.analysis.isArticle && !anyway) {
    return (
      <StatusView
        kind="not-article"
        message={view.analysis.reason || t('no_article_text')}
        action={{ label: t('analyse_anyway'), run: () => setAnyway(true) }}
      />
    );
  }
  const line = memory && view.scope === 'page' && view.analysis.isArticle ? <MemoryLine analysis={view.analysis} client={memory} /> : null;
  return <AnalysisView key={view.analysis.url} analysis={view.analysis} scope={view.scope} highlight={highlight} entityTypes={entityTypes} extra={line} />;
}
