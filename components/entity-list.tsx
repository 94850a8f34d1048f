import type { Entity } from '../utils/types';
import { ENTITY_GROUPS, plural } from '../extension/format';

interface Props {
  entities: Entity[];
  /** the name of the entity whose mentions are highlighted in the page */
  active: string | null;
  onPick: (entity: Entity) => void;
}

export function EntityList({ entities, active, onPick }: Props) {
  const groups = ENTITY_GROUPS.map((g) => ({ ...g, items: entities.filter((e) => e.type === g.type) })).filter((g) => g.items.length);
  return (
    <section class="nl-section" aria-labelledby="nl-entities-h">
      <h2 class="nl-h2" id="nl-entities-h">
        People &amp; companies <span class="nl-count">{entities.length}</span>
        {entities.length > 0 && <span class="nl-hint">click to find in page</span>}
      </h2>
      {!groups.length && <p class="nl-empty">No names found.</p>}
      {groups.map((g) => (
        <div class="nl-group" key={g.type} data-testid="entity-group" data-type={g.type}>
          <h3 class="nl-group-h">
            {g.label} <span class="nl-count">{g.items.length}</span>
          </h3>
          <div class="nl-chips">
            {[...g.items]
              .sort((a, b) => b.mentions - a.mentions)
              .map((e) => (
                <button
                  key={e.name}
                  type="button"
                  class={`nl-chip nl-t-${e.type}`}
                  aria-pressed={active === e.name}
                  title={e.aliases.length ? `Also written: ${e.aliases.join(', ')}` : undefined}
                  aria-label={`${e.name}, ${plural(e.mentions, 'mention')}`}
                  data-testid="entity"
                  data-name={e.name}
                  data-type={e.type}
                  data-mentions={e.mentions}
                  onClick={() => onPick(e)}
                >
                  <span>{e.name}</span>
                  <span class="nl-chip-n">{e.mentions}</span>
                </button>
              ))}
          </div>
        </div>
      ))}
    </section>
  );
}
