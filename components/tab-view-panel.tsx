// What popup and sidebar show for a tab: a state in words, or the analysis.

import { useEffect, useState } from 'preact/hooks';
import type { TabView } from '../extension/messages';
import { AnalysisView, type Highlighter } from './analysis-view';
import { StatusView } from './status-view';

interface Props {
  /** null while the page is being analysed */
  view: TabView | null;
  highlight: Highlighter;
  onRetry?: () => void;
}

export function TabViewPanel({ view, highlight, onRetry }: Props) {
  const [anyway, setAnyway] = useState(false);
  const analysis = view?.state === 'ready' ? view.analysis : null;
  useEffect(() => setAnyway(false), [analysis]);

  if (!view) return <StatusView kind="analysing" />;
  if (view.state === 'restricted') return <StatusView kind="restricted" message={view.message} />;
  if (view.state === 'error') {
    return <StatusView kind="error" message={view.message} action={onRetry && { label: 'Try again', run: onRetry }} />;
  }
  if (!view.analysis.isArticle && !anyway) {
    return (
      <StatusView
        kind="not-article"
        message={view.analysis.reason || 'Newslens found no article text on this page.'}
        action={{ label: 'Analyse anyway', run: () => setAnyway(true) }}
      />
    );
  }
  return <AnalysisView key={view.analysis.url} analysis={view.analysis} scope={view.scope} highlight={highlight} />;
}
