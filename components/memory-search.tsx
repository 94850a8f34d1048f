// Search results over the memory: organisations and people (to their timeline), and event phrases.

import { formatWhen } from '../extension/format';
import { plural, t } from '../extension/i18n';
import type { SearchHit } from '../utils/memory/types';

interface Props {
  query: string;
  hits: SearchHit[] | null;
  entityHref: (name: string) => string;
}

export function MemorySearch({ query, hits, entityHref }: Props) {
  if (!hits) return null;
  return (
    <section class="nl-section" aria-labelledby="nl-mem-search-h" data-testid="memory-search-results">
      <h2 class="nl-h2" id="nl-mem-search-h">
        {t('memory_search_results')} <span class="nl-count">{hits.length}</span>
      </h2>
      {!hits.length && <p class="nl-empty">{t('memory_search_none', query)}</p>}
      <ul class="nl-hits">
        {hits.map((h) =>
          h.kind === 'entity' ? (
            <li key={`e-${h.key}`} data-testid="memory-hit" data-kind="entity">
              <a href={entityHref(h.name)} class={`nl-chip nl-t-${h.type}`}>
                {h.name}
              </a>{' '}
              <span class="nl-sub">{plural('memory_events', h.events)}</span>
            </li>
          ) : (
            <li key={`v-${h.id}`} data-testid="memory-hit" data-kind="event">
              <span class="nl-date">{formatWhen(h.date)}</span> <span class="nl-what">{h.what}</span>{' '}
              <span class="nl-chips">
                {h.parties.map((p) => (
                  <a class="nl-party" key={p} href={entityHref(p)}>
                    {p}
                  </a>
                ))}
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
