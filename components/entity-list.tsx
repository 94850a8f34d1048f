import type { Entity, EntityType } from '../utils/types';
import { ENTITY_GROUPS } from '../extension/format';
import { plural, t } from '../extension/i18n';

interface Props {
  entities: Entity[];
  /** the kinds to list; the others are left out, and the reader is told so */
  types: readonly EntityType[];
  /** the name of the entity whose mentions are highlighted in the page */
  active: string | null;
  onPick: (entity: Entity) => void;
}

export function EntityList({ entities, types, active, onPick }: Props) {
  const shown = ENTITY_GROUPS.filter((g) => types.includes(g.type));
  const groups = shown.map((g) => ({ type: g.type, label: g.label, items: entities.filter((e) => e.type === g.type) })).filter((g) => g.items.length);
  const hidden = shown.length < ENTITY_GROUPS.length;
  const listed = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section class="nl-section" aria-labelledby="nl-entities-h">
      <h2 class="nl-h2" id="nl-entities-h">
        {t('entities_heading')} <span class="nl-count">{listed}</span>
        {listed > 0 && <span class="nl-hint">{t('entities_hint')}</span>}
      </h2>
      {!groups.length && !hidden && <p class="nl-empty">{t('entities_empty')}</p>}
      {hidden && <p class="nl-empty" data-testid="entities-hidden">{t('entities_hidden')}</p>}
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
                  title={e.aliases.length ? t('entity_aliases', e.aliases.join(', ')) : undefined}
                  data-testid="entity"
                  data-name={e.name}
                  data-type={e.type}
                  data-mentions={e.mentions}
                  onClick={() => onPick(e)}
                >
                  <span>{e.name}</span>
                  {/* the name is read from the content (as shown), the count in words: "Altman, 3 mentions" */}
                  <span class="nl-chip-n" aria-hidden="true">
                    {e.mentions}
                  </span>
                  <span class="nl-sr">{`, ${plural('mentions', e.mentions)}`}</span>
                </button>
              ))}
          </div>
        </div>
      ))}
    </section>
  );
}
