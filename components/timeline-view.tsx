import type { TimelineEvent } from '../utils/types';
import { eventLabel, formatWhen, orderEvents } from '../extension/format';
import { t } from '../extension/i18n';

interface Props {
  events: TimelineEvent[];
  /** the event whose evidence is highlighted in the page */
  active: TimelineEvent | null;
  onPick: (event: TimelineEvent) => void;
}

export function TimelineView({ events, active, onPick }: Props) {
  const ordered = orderEvents(events);
  return (
    <section class="nl-section" aria-labelledby="nl-timeline-h">
      <h2 class="nl-h2" id="nl-timeline-h">
        {t('timeline_heading')} <span class="nl-count">{events.length}</span>
        {events.length > 0 && <span class="nl-hint">{t('timeline_hint')}</span>}
      </h2>
      {!ordered.length && <p class="nl-empty">{t('timeline_empty')}</p>}
      {ordered.length > 0 && (
        <ol class="nl-timeline" data-testid="timeline">
          {ordered.map((ev, i) => (
            <li key={i} class={ev.date ? 'nl-event' : 'nl-event nl-event-undated'} data-testid="event" data-date={ev.date ?? ''}>
              <button type="button" class="nl-event-btn" aria-pressed={active === ev} title={ev.evidence} onClick={() => onPick(ev)}>
                <span class="nl-when">
                  <span class="nl-date">{formatWhen(ev.date)}</span>
                  <span class="nl-type">{eventLabel(ev.type)}</span>
                </span>
                <span class="nl-what" data-testid="event-what">
                  {ev.what}
                </span>
                {ev.parties.length > 0 && (
                  <span class="nl-chips">
                    {ev.parties.map((p) => (
                      <span class="nl-party" key={p} data-testid="party">
                        {p}
                      </span>
                    ))}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
