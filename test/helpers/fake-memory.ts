// A stand-in for the IndexedDB memory in unit tests of the views' wiring: it keeps articles by URL and
// records the calls, nothing more. The real merge rules are tested in the data layer's own tests.

import type { EntityTimeline, Memory, MemoryExport } from '../../utils/memory/types';
import type { Analysis } from '../../utils/types';

export interface FakeMemory extends Memory {
  stored: Map<string, Analysis>;
  calls: string[];
}

export function fakeMemory(): FakeMemory {
  const stored = new Map<string, Analysis>();
  const calls: string[] = [];
  const exported = (): MemoryExport => ({ format: 'newslens-memory', version: 1, exportedAt: '2025-01-01T00:00:00Z', articles: [], entities: [], events: [] });
  return {
    stored,
    calls,
    remember: async (a) => void (calls.push(`remember ${a.url}`), stored.set(a.url, a)),
    forget: async (url) => void (calls.push(`forget ${url}`), stored.delete(url)),
    isRemembered: async (url) => stored.has(url),
    entityTimeline: async (): Promise<EntityTimeline | null> => null,
    search: async () => [],
    articles: async () => [],
    earlier: async () => [],
    stats: async () => ({ articles: stored.size, entities: 0, events: 0 }),
    exportAll: async () => exported(),
    importAll: async () => ({ articles: 0, events: 0 }),
    clear: async () => stored.clear(),
  };
}
