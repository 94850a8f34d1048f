import { useState } from 'preact/hooks';
import type { Analysis, Entity, TimelineEvent } from '../utils/types';
import type { HighlightTarget } from '../extension/messages';
import { plural } from '../extension/format';
import { ArticleHeader } from './article-header';
import { BylineList } from './byline-list';
import { EntityList } from './entity-list';
import { ExportButtons } from './export-buttons';
import { SummaryView } from './summary-view';
import { TimelineView } from './timeline-view';

export type Highlighter = (target: HighlightTarget | null) => Promise<number>;

interface Props {
  analysis: Analysis;
  scope: 'page' | 'selection';
  highlight: Highlighter;
}

type Active = { entity: Entity } | { event: TimelineEvent } | null;

export function AnalysisView({ analysis, scope, highlight }: Props) {
  const [active, setActive] = useState<Active>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async (next: Active, target: HighlightTarget | null, describe: (found: number) => string) => {
    try {
      const found = await highlight(target);
      setActive(found ? next : null);
      setNote(target ? describe(found) : null);
    } catch {
      setActive(null);
      setNote('The page could not be highlighted; reload it and try again.');
    }
  };
  const pickEntity = (e: Entity) =>
    active && 'entity' in active && active.entity === e
      ? run(null, null, () => '')
      : run({ entity: e }, { kind: 'entity', terms: [e.name, ...e.aliases] }, (n) =>
          n ? `${plural(n, 'mention')} of ${e.name} highlighted in the page` : `${e.name} is not visible in the page`,
        );
  const pickEvent = (ev: TimelineEvent) =>
    active && 'event' in active && active.event === ev
      ? run(null, null, () => '')
      : run({ event: ev }, { kind: 'evidence', text: ev.evidence }, (n) =>
          n ? 'The source sentence is highlighted in the page' : 'The source sentence is not visible in the page',
        );

  return (
    <div class="nl-body" data-testid="analysis">
      <ArticleHeader analysis={analysis} scope={scope} />
      <SummaryView summary={analysis.summary} />
      <EntityList entities={analysis.entities} active={active && 'entity' in active ? active.entity.name : null} onPick={pickEntity} />
      <TimelineView events={analysis.timeline} active={active && 'event' in active ? active.event : null} onPick={pickEvent} />
      <BylineList authors={analysis.authors} bylines={analysis.bylines} published={analysis.publishedTime} />
      <ExportButtons analysis={analysis} />
      {note && (
        <div class="nl-note" role="status" data-testid="highlight-note">
          <span>{note}</span>
          {active && (
            <button type="button" class="nl-btn" onClick={() => run(null, null, () => '')}>
              Clear
            </button>
          )}
        </div>
      )}
    </div>
  );
}
