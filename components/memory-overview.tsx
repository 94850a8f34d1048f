// The memory as a whole: counts and storage used, the remembered articles (each can be forgotten), and the
// memory as a file: export, import (merged; the same file twice adds nothing), clear.

import { useRef, useState } from 'preact/hooks';
import { formatWhen } from '../extension/format';
import { locale, plural, t } from '../extension/i18n';
import { formatBytes } from '../extension/memory-files';
import { memoryErrorText } from '../extension/memory/errors';
import { rawText, readerMessage } from '../extension/reader-error';
import type { MemoryArticle, MemoryStats } from '../utils/memory/types';
import { safeHref } from './memory-source';

export interface OverviewActions {
  forget(url: string): Promise<void>;
  exportAll(host: Element): Promise<void>;
  importFile(file: File): Promise<string>;
  clear(): Promise<void>;
}

interface Props {
  stats: MemoryStats;
  articles: MemoryArticle[];
  /** navigator.storage.estimate()'s usage, when the browser tells */
  usage: number | null;
  actions: OverviewActions;
}

export function MemoryOverview({ stats, articles, usage, actions }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const act = async (run: () => Promise<string>) => {
    try {
      setNote(await run());
    } catch (e) {
      // the store's own sentences say what happened and that nothing was lost; any other error, a browser's
      // raw text, goes through the one table of reader messages
      setNote(memoryErrorText(rawText(e)) ?? readerMessage(e, 'newslens', 'memory_action_failed'));
    }
  };
  return (
    <>
      <section class="nl-section" aria-labelledby="nl-mem-stats-h">
        <h2 class="nl-h2" id="nl-mem-stats-h">
          {t('memory_stats_heading')}
        </h2>
        <p data-testid="memory-stats" data-articles={stats.articles} data-events={stats.events}>
          {[plural('memory_articles', stats.articles), plural('memory_entities', stats.entities), plural('memory_events', stats.events)].join(' · ')}
        </p>
        {usage !== null && <p class="nl-sub" data-testid="memory-usage">{t('memory_usage', formatBytes(usage, locale()))}</p>}
        <div class="nl-export" ref={host}>
          <button type="button" class="nl-btn" data-testid="memory-export" onClick={() => void act(async () => (await actions.exportAll(host.current!), t('memory_exported')))}>
            {t('memory_export')}
          </button>
          <button type="button" class="nl-btn" data-testid="memory-import" onClick={() => file.current?.click()}>
            {t('memory_import')}
          </button>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label={t('memory_import')}
            data-testid="memory-import-file"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void act(() => actions.importFile(f));
            }}
          />
          {!confirming && (
            <button type="button" class="nl-btn" data-testid="memory-clear" disabled={!stats.articles} onClick={() => setConfirming(true)}>
              {t('memory_clear')}
            </button>
          )}
          {confirming && (
            <span class="nl-confirm">
              {t('memory_clear_confirm')}{' '}
              <button
                type="button"
                class="nl-btn nl-btn-danger"
                data-testid="memory-clear-confirm"
                onClick={() => {
                  setConfirming(false);
                  void act(async () => (await actions.clear(), t('memory_cleared')));
                }}
              >
                {t('memory_clear_yes')}
              </button>{' '}
              <button type="button" class="nl-btn" onClick={() => setConfirming(false)}>
                {t('memory_clear_no')}
              </button>
            </span>
          )}
        </div>
        <p class="nl-export-note" role="status" data-testid="memory-note">
          {note}
        </p>
      </section>
      <section class="nl-section" aria-labelledby="nl-mem-articles-h">
        <h2 class="nl-h2" id="nl-mem-articles-h">
          {t('memory_articles_heading')} <span class="nl-count">{articles.length}</span>
        </h2>
        {!articles.length && <p class="nl-empty">{t('memory_articles_empty')}</p>}
        <ul class="nl-articles">
          {articles.map((a) => (
            <li key={a.url} data-testid="memory-article" data-url={a.url}>
              <div>
                <a href={safeHref(a.url)} target="_blank" rel="noopener noreferrer" class="nl-article-title">
                  {a.title ?? a.url}
                </a>
                <p class="nl-sub">{[a.site, a.publishedTime ? formatWhen(a.publishedTime.slice(0, 10)) : null].filter(Boolean).join(' · ')}</p>
              </div>
              <button
                type="button"
                class="nl-btn"
                data-testid="memory-forget-article"
                aria-label={t('memory_forget_named', a.title ?? a.url)}
                onClick={() => void act(async () => (await actions.forget(a.url), t('memory_forgot_one')))}
              >
                {t('memory_forget_short')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
