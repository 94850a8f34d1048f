// An entity's relations: a small SVG star (the entity in the middle, who it is linked to around it, line
// width by the number of events; each neighbour a link reached with Tab) and, under it, the same as a list
// with the counts by event type, which is also what a narrow window or a screen reader gets.

import { radialLayout } from '../extension/graph-layout';
import { eventLabel } from '../extension/format';
import { plural, t } from '../extension/i18n';
import type { MemoryRelation } from '../utils/memory/types';
import type { EventType } from '../utils/types';

interface Props {
  name: string;
  relations: MemoryRelation[];
  entityHref: (name: string) => string;
}

const countsText = (r: MemoryRelation): string =>
  Object.entries(r.counts)
    .map(([type, n]) => `${eventLabel(type as EventType)} ${n}`)
    .join(', ');

export function MemoryGraph({ name, relations, entityHref }: Props) {
  const g = radialLayout(relations);
  const width = (n: number) => Math.min(1 + n * 1.5, 7);
  return (
    <section class="nl-section" aria-labelledby="nl-mem-rel-h">
      <h2 class="nl-h2" id="nl-mem-rel-h">
        {t('memory_relations_heading')} <span class="nl-count">{relations.length}</span>
      </h2>
      {!relations.length && <p class="nl-empty">{t('memory_relations_empty')}</p>}
      {relations.length > 0 && (
        <svg class="nl-graph" viewBox={`0 ${g.top} ${g.width} ${g.height}`} role="group" aria-label={t('memory_graph_label', name)} data-testid="memory-graph">
          {g.nodes.map((n) => (
            <g key={n.relation.key}>
              <line aria-hidden="true" class="nl-graph-edge" x1={g.centre.x} y1={g.centre.y} x2={n.x} y2={n.y} stroke-width={width(n.total)} />
              <text aria-hidden="true" class="nl-graph-count" x={(g.centre.x + n.x) / 2} y={(g.centre.y + n.y) / 2 - 4} text-anchor="middle">
                {countsText(n.relation)}
              </text>
            </g>
          ))}
          {g.nodes.map((n) => (
            <a key={n.relation.key} class="nl-graph-link" href={entityHref(n.relation.name)} aria-label={`${n.relation.name}: ${countsText(n.relation)}`}>
              <circle class={`nl-graph-node nl-t-${n.relation.type}`} cx={n.x} cy={n.y} r={7} />
              {/* a name goes on the side away from the middle, clear of the edge labels */}
              <text class="nl-graph-label" x={n.x} y={n.y < g.centre.y ? n.y - 12 : n.y + 20} text-anchor="middle">
                {n.relation.name}
              </text>
            </a>
          ))}
          <circle aria-hidden="true" class="nl-graph-centre" cx={g.centre.x} cy={g.centre.y} r={11} />
          <text aria-hidden="true" class="nl-graph-label nl-graph-label-centre" x={g.centre.x} y={g.centre.y - 18} text-anchor="middle">
            {name}
          </text>
        </svg>
      )}
      {relations.length > 0 && (
        <ul class="nl-relations" data-testid="memory-relations">
          {relations.map((r) => (
            <li key={r.key} data-testid="memory-relation">
              <a href={entityHref(r.name)} class={`nl-chip nl-t-${r.type}`}>
                {r.name}
              </a>{' '}
              <span class="nl-relation-counts">{countsText(r)}</span>
            </li>
          ))}
        </ul>
      )}
      {g.hidden > 0 && <p class="nl-sub">{plural('memory_graph_more', g.hidden)}</p>}
    </section>
  );
}
