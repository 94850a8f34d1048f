import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Analysis, Entity, EntityType, TimelineEvent } from '../utils/types';
import type { HighlightTarget } from '../extension/messages';
import { plural, t } from '../extension/i18n';
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
  /** the kinds of names the reader wants listed (settings) */
  entityTypes: readonly EntityType[];
  /** shown under the timeline (the memory line) */
  extra?: ComponentChildren;
}

type Active = { entity: Entity } | { event: TimelineEvent } | null;

export function AnalysisView({ analysis, scope, highlight, entityTypes, extra }: Props) {
  const [active, setActive] = useState<Active>(null);
  const [note, setNote] = useState<string | null>(null);

  const run = async (next: Active, target: HighlightTarget | null, describe: (found: number) => string) => {
    try {
      const found = await highlight(target);
      setActive(found ? next : null);
      setNote(target ? describe(found) : null);
    } catch {
      setActive(null);
      setNote(t('highlight_failed'));
    }
  };
  const pickEntity = (e: Entity) =>
    active && 'entity' in active && active.entity === e
      ? run(null, null, () => '')
      : run({ entity: e }, { kind: 'entity', terms: [e.name, ...e.aliases] }, (n) =>
          n ? t('highlight_entity', [plural('mentions', n), e.name]) : t('highlight_entity_none', e.name),
        );
  const pickEvent = (ev: TimelineEvent) =>
    active && 'event' in active && active.event === ev
      ? run(null, null, () => '')
      : run({ event: ev }, { kind: 'evidence', text: ev.evidence }, (n) =>
          (n ? t('highlight_evidence') : t('highlight_evidence_none')),
        );

  return (
    <div class="nl-body" data-testid="analysis">
      <ArticleHeader analysis={analysis} scope={scope} />
      <SummaryView summary={analysis.summary} />
      <EntityList
        entities={analysis.entities}
        types={entityTypes}
        active={active && 'entity' in active ? active.entity.name : null}
        onPick={pickEntity}
      />
      <TimelineView events={analysis.timeline} active={active && 'event' in active ? active.event : null} onPick={pickEvent} />
      {extra}
      <BylineList authors={analysis.authors} bylines={analysis.bylines} published={analysis.publishedTime} />
      <ExportButtons analysis={analysis} />
      {/* the live region stays in the document so that a screen reader hears each new note */}
      <div class="nl-note-region" role="status" aria-live="polite">
        {note && (
          <div class="nl-note" data-testid="highlight-note">
            <span>{note}</span>
            {active && (
              <button type="button" class="nl-btn" onClick={() => run(null, null, () => '')}>
                {t('clear')}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
