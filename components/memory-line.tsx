// In the popup and the sidebar: whether this article is remembered (and Forget), and what earlier articles
// in the memory said about its organisations. Asked for after the result is shown; never delays it.

import { useEffect, useState } from 'preact/hooks';
import type { MemoryStatus } from '../extension/messages';
import { eventLabel, formatWhen } from '../extension/format';
import { t, type MessageKey } from '../extension/i18n';
import type { EarlierEvent } from '../utils/memory/types';
import type { Analysis } from '../utils/types';
import { SourceLink } from './memory-source';

export interface MemoryLineClient {
  status(url: string): Promise<MemoryStatus>;
  forget(url: string): Promise<MemoryStatus>;
  earlier(analysis: Analysis): Promise<EarlierEvent[]>;
  /** the memory page, at an entity's timeline when named */
  open(entity?: string): Promise<void>;
}

const STATUS_TEXT: Record<Exclude<MemoryStatus, 'remembered'>, MessageKey> = {
  'not-remembered': 'memory_not_remembered',
  off: 'memory_off',
  private: 'memory_private',
};

export function MemoryLine({ analysis, client }: { analysis: Analysis; client: MemoryLineClient }) {
  const [status, setStatus] = useState<MemoryStatus | null>(null);
  const [forgotten, setForgotten] = useState(false);
  const [earlier, setEarlier] = useState<EarlierEvent[]>([]);
  useEffect(() => {
    let live = true;
    client.status(analysis.url).then((s) => live && setStatus(s), () => undefined);
    client.earlier(analysis).then((e) => live && setEarlier(e), () => undefined);
    return () => void (live = false);
  }, [analysis, client]);

  const forget = async () => {
    setStatus(await client.forget(analysis.url));
    setForgotten(true);
  };
  return (
    <section class="nl-section nl-memory" aria-label={t('memory_heading')} data-testid="memory-line" data-status={status ?? ''}>
      {earlier.length > 0 && (
        <ul class="nl-earlier" aria-label={t('memory_earlier_heading')}>
          {earlier.map(({ event, source }) => (
            <li key={event.id} data-testid="memory-earlier">
              <span class="nl-earlier-label">{t('memory_earlier')}</span> <span class="nl-date">{formatWhen(event.date)}</span>{' '}
              <span class="nl-type">{eventLabel(event.type)}</span> <span class="nl-what">{event.what}</span>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      )}
      <p class="nl-memory-status" role="status">
        {status === 'remembered' && (
          <>
            <span data-testid="memory-remembered">{t('memory_remembered')}</span>
            <span aria-hidden="true"> · </span>
            <button type="button" class="nl-link" data-testid="memory-forget" onClick={() => void forget()}>
              {t('memory_forget')}
            </button>
          </>
        )}
        {status && status !== 'remembered' && <span>{t(forgotten && status === 'not-remembered' ? 'memory_forgotten' : STATUS_TEXT[status])}</span>}
        <span aria-hidden="true"> · </span>
        <button type="button" class="nl-link" data-testid="open-memory" onClick={() => void client.open()}>
          {t('memory_open')}
        </button>
      </p>
    </section>
  );
}
