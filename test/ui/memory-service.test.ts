import { describe, expect, it } from 'vitest';
import { createMemoryService } from '../../extension/memory-service';
import type { TabView } from '../../extension/messages';
import { fakeMemory } from '../helpers/fake-memory';
import { fakeAnalysis } from './fake-analysis';

const PRIVATE_TAB = 9;

function setup(enabled = true) {
  const memory = fakeMemory();
  const queued: Array<() => void> = [];
  const service = createMemoryService({
    open: async () => memory,
    enabled: async () => enabled,
    isPrivate: async (tabId) => tabId === PRIVATE_TAB,
    later: (fn) => queued.push(fn),
  });
  // runs what was put off, then lets the writes settle
  const flush = async () => {
    queued.splice(0).forEach((fn) => fn());
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { memory, service, flush };
}

const page = (over: Partial<Extract<TabView, { state: 'ready' }>> = {}): TabView => ({ state: 'ready', analysis: fakeAnalysis(), scope: 'page', cached: false, ...over });

describe('remembering page views', () => {
  it.each<[string, TabView, number, boolean]>([
    ['a fresh page analysis', page(), 1, true],
    ['a selection', page({ scope: 'selection' }), 1, false],
    ['a result from the tab cache (remembered when made, maybe forgotten since)', page({ cached: true }), 1, false],
    ['a page that is no article', page({ analysis: fakeAnalysis({ isArticle: false }) }), 1, false],
    ['a page in a private window', page(), PRIVATE_TAB, false],
    ['an error', { state: 'error', message: 'x' }, 1, false],
  ])('%s', async (_, view, tabId, kept) => {
    const { memory, service, flush } = setup();
    service.afterView(tabId, view);
    await flush();
    expect(memory.stored.size).toBe(kept ? 1 : 0);
  });

  it('writes only after the result has gone out', async () => {
    const { memory, service, flush } = setup();
    service.afterView(1, page());
    await Promise.resolve();
    expect(memory.calls).toEqual([]);
    await flush();
    expect(memory.calls).toEqual([`remember ${fakeAnalysis().url}`]);
  });

  it('remembers nothing when the setting is off', async () => {
    const { memory, service, flush } = setup(false);
    service.afterView(1, page());
    await flush();
    expect(memory.stored.size).toBe(0);
    expect(await service.status(fakeAnalysis().url, 1)).toBe('off');
  });
});

describe('memory status', () => {
  it('waits for a write under way, then says remembered; forget undoes it', async () => {
    const { service, flush } = setup();
    const url = fakeAnalysis().url;
    service.afterView(1, page());
    const status = service.status(url, 1);
    await flush();
    expect(await status).toBe('remembered');
    await service.forget(url);
    expect(await service.status(url, 1)).toBe('not-remembered');
  });

  it('says private for a private tab, whatever is stored', async () => {
    const { service } = setup();
    expect(await service.status(fakeAnalysis().url, PRIVATE_TAB)).toBe('private');
  });

  it('opens the store again after a failed open', async () => {
    let tries = 0;
    const memory = fakeMemory();
    const service = createMemoryService({
      open: async () => (++tries === 1 ? Promise.reject(new Error('blocked')) : memory),
      enabled: async () => true,
      isPrivate: async () => false,
    });
    await expect(service.stats()).rejects.toThrow('blocked');
    expect(await service.stats()).toEqual({ articles: 0, entities: 0, events: 0 });
  });
});
