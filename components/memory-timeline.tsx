// An entity's merged timeline: each event once, in date order, with every article that reports it.

import { eventLabel, formatWhen } from '../extension/format';
import { plural, t } from '../extension/i18n';
import type { MemoryEvent } from '../utils/memory/types';
import { SourceLink } from './memory-source';

interface Props {
  events: MemoryEvent[];
  /** display name of an entity key */
  nameOf: (key: string) => string;
  entityHref: (name: string) => string;
}

export function MemoryTimeline({ events, nameOf, entityHref }: Props) {
  return (
    <section class="nl-section" aria-labelledby="nl-mem-timeline-h">
      <h2 class="nl-h2" id="nl-mem-timeline-h">
        {t('memory_timeline_heading')} <span class="nl-count">{events.length}</span>
      </h2>
      {!events.length && <p class="nl-empty">{t('memory_timeline_empty')}</p>}
      {events.length > 0 && (
        <ol class="nl-timeline" data-testid="memory-timeline">
          {events.map((ev) => (
            <li key={ev.id} class={ev.date ? 'nl-event' : 'nl-event nl-event-undated'} data-testid="memory-event" data-date={ev.date ?? ''} data-type={ev.type}>
              <span class="nl-when">
                <span class="nl-date">{formatWhen(ev.date)}</span>
                <span class="nl-type">{eventLabel(ev.type)}</span>
                {ev.conflicting && <span class="nl-conflict">{t('memory_dates_differ')}</span>}
              </span>
              <span class="nl-what" data-testid="memory-event-what">
                {ev.what}
              </span>
              <span class="nl-chips">
                {ev.parties.map((key) => (
                  <a class="nl-party" key={key} href={entityHref(nameOf(key))} data-testid="memory-party">
                    {nameOf(key)}
                  </a>
                ))}
              </span>
              <ul class="nl-sources" aria-label={plural('memory_sources', ev.sources.length)}>
                {ev.sources.map((s) => (
                  <li key={s.url}>
                    <SourceLink source={s} evidence />
                    {ev.conflicting && s.date !== ev.date && <span class="nl-source-when">{t('memory_source_says', formatWhen(s.date))}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
