import { useState } from 'preact/hooks';
import type { Byline } from '../utils/types';
import { formatWhen, otherBylines } from '../extension/format';
import { t } from '../extension/i18n';

const SHORT = 6;

interface Props {
  authors: string[];
  bylines: Byline[];
  published: string | null;
}

export function BylineList({ authors, bylines, published }: Props) {
  const others = otherBylines(bylines, authors, published);
  // a section front's worth of teasers would bury the rest of the view: show a few, the rest on request
  const [all, setAll] = useState(others.length <= SHORT + 2);
  const shown = all ? others : others.slice(0, SHORT);
  return (
    <section class="nl-section" aria-labelledby="nl-bylines-h">
      <h2 class="nl-h2" id="nl-bylines-h">
        {t('bylines_heading')}
      </h2>
      {authors.length ? (
        <p class="nl-authors" data-testid="authors">
          {t('bylines_by')}{' '}
          {authors.map((name, i) => (
            <span key={name} class="nl-author" data-testid="author">
              {name}
              {i < authors.length - 1 ? ',' : ''}
            </span>
          ))}
        </p>
      ) : (
        <p class="nl-empty">{t('bylines_no_author')}</p>
      )}
      {others.length > 0 && (
        <>
          <p class="nl-sub">{t('bylines_others')}</p>
          <ul class="nl-bylines" data-testid="other-bylines">
            {shown.map((b, i) => (
              <li key={i} title={b.text}>
                <span>{b.name}</span>
                {b.date && <time dateTime={b.date}>{formatWhen(b.date)}</time>}
              </li>
            ))}
          </ul>
          {!all && (
            <button type="button" class="nl-link" onClick={() => setAll(true)}>
              {t('bylines_show_all', others.length)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
