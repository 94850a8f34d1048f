// The memory page (memory.html): search, one entity's merged timeline and relations, or the whole memory.
// It talks to the extension only through `client`; every word on it is text, never HTML from a page.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../extension/i18n';
import type { Settings } from '../extension/settings';
import type { EntityTimeline, ImportResult, MemoryArticle, MemoryExport, MemoryStats, SearchHit } from '../utils/memory/types';
import { Logo } from './logo';
import { MemoryGraph } from './memory-graph';
import { MemoryOverview, type OverviewActions } from './memory-overview';
import { MemorySearch } from './memory-search';
import { MemoryTimeline } from './memory-timeline';
import { useDocumentTheme, useSettings } from './use-settings';

export interface MemoryPageClient {
  search(query: string): Promise<SearchHit[]>;
  entity(name: string): Promise<EntityTimeline | null>;
  overview(): Promise<{ stats: MemoryStats; articles: MemoryArticle[] }>;
  forgetArticle(url: string): Promise<void>;
  exportAll(): Promise<MemoryExport>;
  importAll(data: unknown): Promise<ImportResult>;
  clear(): Promise<void>;
  /** bytes this extension stores, when the browser says */
  usage(): Promise<number | null>;
  /** files: the whole memory as JSON, a timeline as Markdown */
  save(fileName: string, text: string, type: string, host: Element): void;
  readJson(file: File): Promise<unknown>;
  timelineMarkdown(timeline: EntityTimeline): { fileName: string; text: string };
  memoryFileName(): string;
  entityHref(name: string): string;
  homeHref: string;
}

export interface MemoryRoute {
  entity: string | null;
  query: string | null;
}

export function MemoryApp({ client, route, settings: initial }: { client: MemoryPageClient; route: MemoryRoute; settings: Settings }) {
  const settings = useSettings(initial);
  useDocumentTheme(settings.theme);
  return (
    <div class="nl nl-memory-page" data-theme={settings.theme} data-testid="memory-page">
      <header class="nl-bar">
        <a class="nl-brand nl-home" href={client.homeHref}>
          <Logo /> {t('memory_page_title')}
        </a>
        <form class="nl-search" role="search" action={client.homeHref.split('?')[0]} method="get">
          <input
            type="search"
            name="q"
            class="nl-input"
            aria-label={t('memory_search_label')}
            placeholder={t('memory_search_placeholder')}
            defaultValue={route.query ?? ''}
            data-testid="memory-search"
          />
          <button type="submit" class="nl-btn">
            {t('memory_search_button')}
          </button>
        </form>
      </header>
      <main class="nl-memory-body">{route.entity ? <EntityPage client={client} name={route.entity} /> : <HomePage client={client} query={route.query} />}</main>
    </div>
  );
}

function EntityPage({ client, name }: { client: MemoryPageClient; name: string }) {
  const [timeline, setTimeline] = useState<EntityTimeline | null | undefined>(undefined);
  useEffect(() => void client.entity(name).then(setTimeline, () => setTimeline(null)), [client, name]);
  if (timeline === undefined) return <p class="nl-sub">{t('memory_loading')}</p>;
  if (timeline === null) {
    return (
      <>
        <h1 class="nl-title">{name}</h1>
        <p class="nl-empty" data-testid="memory-unknown">{t('memory_unknown_entity', name)}</p>
      </>
    );
  }
  const { entity, events, relations } = timeline;
  const names = new Map([[entity.key, entity.name], ...relations.map((r) => [r.key, r.name] as const)]);
  const nameOf = (key: string) => names.get(key) ?? key;
  const exportMd = (e: Event) => {
    const { fileName, text } = client.timelineMarkdown(timeline);
    client.save(fileName, text, 'text/markdown', e.currentTarget as Element);
  };
  return (
    <>
      <h1 class="nl-title" data-testid="memory-entity">
        {entity.name}
      </h1>
      <p class="nl-sub">
        <span class={`nl-chip nl-t-${entity.type}`}>{t(entity.type === 'person' ? 'memory_kind_person' : 'memory_kind_organization')}</span>{' '}
        {entity.aliases.length > 0 && t('memory_aliases', entity.aliases.join(', '))}
      </p>
      <div class="nl-export">
        <button type="button" class="nl-btn" data-testid="memory-timeline-markdown" onClick={exportMd}>
          {t('memory_timeline_markdown')}
        </button>
      </div>
      <MemoryTimeline events={events} nameOf={nameOf} entityHref={client.entityHref} />
      <MemoryGraph name={entity.name} relations={relations} entityHref={client.entityHref} />
    </>
  );
}

function HomePage({ client, query }: { client: MemoryPageClient; query: string | null }) {
  const [overview, setOverview] = useState<{ stats: MemoryStats; articles: MemoryArticle[] } | null>(null);
  const [usage, setUsage] = useState<number | null>(null);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const refresh = async () => {
    setOverview(await client.overview());
    setUsage(await client.usage());
  };
  useEffect(() => void refresh(), [client]);
  useEffect(() => void (query ? client.search(query).then(setHits, () => setHits([])) : setHits(null)), [client, query]);
  const actions: OverviewActions = {
    forget: async (url) => (await client.forgetArticle(url), await refresh()),
    exportAll: async (host) => client.save(client.memoryFileName(), JSON.stringify(await client.exportAll(), null, 2), 'application/json', host),
    importFile: async (file) => {
      const r = await client.importAll(await client.readJson(file));
      await refresh();
      return t('memory_imported', [r.articles, r.events]);
    },
    clear: async () => (await client.clear(), await refresh()),
  };
  return (
    <>
      <h1 class="nl-title">{t('memory_page_title')}</h1>
      <p class="nl-help">{t('memory_intro')}</p>
      {query && <MemorySearch query={query} hits={hits} entityHref={client.entityHref} />}
      {overview ? <MemoryOverview stats={overview.stats} articles={overview.articles} usage={usage} actions={actions} /> : <p class="nl-sub">{t('memory_loading')}</p>}
    </>
  );
}
