// A write that fails midway (the browser refuses a record, the quota is reached) leaves the memory exactly as
// it was, and says so in words a reader understands.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openMemory } from '../../extension/memory';
import type { Memory, MemoryExport } from '../../utils/memory/types';
import { analysis, freshName } from './make-analysis';

const body = ({ exportedAt: _t, ...rest }: MemoryExport) => rest;

async function sample(): Promise<Memory> {
  const m = await openMemory(freshName());
  await m.remember(analysis('https://a.test/1', [['Microsoft', 'organization'], ['OpenAI', 'organization']], [['investment', ['Microsoft', 'OpenAI'], '2023', 'Microsoft invests in OpenAI']]), '2025-01-01T00:00:00Z');
  await m.remember(analysis('https://b.test/2', [['Microsoft', 'organization'], ['Nvidia', 'organization']], [['partnership', ['Microsoft', 'Nvidia'], '2024-05', 'Microsoft partners with Nvidia']]), '2025-01-02T00:00:00Z');
  return m;
}

const next = analysis('https://c.test/3', [['Microsoft', 'organization'], ['OpenAI', 'organization'], ['Anthropic', 'organization']],
  [['investment', ['Microsoft', 'OpenAI'], '2023-01-23', 'Microsoft invests $10 billion'], ['partnership', ['Microsoft', 'Anthropic'], '2025-11', 'Microsoft partners with Anthropic']]);
const reanalysed = analysis('https://a.test/1', [['Google', 'organization']], []);

type Op = 'put' | 'delete';

/** The n-th put (or delete) throws `error`, as a browser does when it refuses a record. */
function failAt(n: number, error: () => Error, op: Op = 'put'): void {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: Record<Op, (...a: unknown[]) => unknown> } }).IDBObjectStore.prototype;
  const original = proto[op];
  let calls = 0;
  vi.spyOn(proto, op).mockImplementation(function (this: unknown, ...args: unknown[]) {
    if (++calls === n) throw error();
    return original.apply(this, args);
  });
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const refused = () => new DOMException('Record could not be stored', 'DataError');

afterEach(() => vi.restoreAllMocks());

describe('an interrupted write leaves the memory as it was', () => {
  it.each([
    { what: 'remember, first put refused', write: (m: Memory) => m.remember(next), n: 1, error: refused, code: 'memory_write_failed' },
    { what: 'remember, a put midway refused', write: (m: Memory) => m.remember(next), n: 4, error: refused, code: 'memory_write_failed' },
    { what: 'remember, quota reached midway', write: (m: Memory) => m.remember(next), n: 5, error: quota, code: 'memory_full' },
    { what: 're-analysis, after the old contribution is removed', write: (m: Memory) => m.remember(reanalysed), n: 3, error: quota, code: 'memory_full' },
    { what: 'forget, midway', write: (m: Memory) => m.forget('https://a.test/1'), n: 3, error: refused, code: 'memory_write_failed', op: 'delete' as Op },
  ])('$what', async ({ write, n, error, code, op }) => {
    const m = await sample();
    const before = body(await m.exportAll());
    const hitsBefore = await m.search('Microsoft');
    failAt(n, error, op);
    const failure = await write(m).then(() => null, (e: unknown) => e);
    vi.restoreAllMocks();
    expect(failure).toMatchObject({ name: 'MemoryError', code, message: expect.stringMatching(/Nothing was changed/) });
    expect(body(await m.exportAll())).toEqual(before);
    expect(await m.search('Microsoft')).toEqual(hitsBefore);
    // and the memory still works
    await m.remember(next);
    expect((await m.stats()).articles).toBe(3);
  });

  it('a record the browser cannot clone aborts the write', async () => {
    const m = await sample();
    const before = body(await m.exportAll());
    const bad = { ...next, title: (() => 'x') as unknown as string };
    await expect(m.remember(bad)).rejects.toMatchObject({ code: 'memory_write_failed' });
    expect(body(await m.exportAll())).toEqual(before);
  });

  it('an import that fails midway imports nothing', async () => {
    const m = await sample();
    const file = await m.exportAll();
    const other = await openMemory(freshName());
    await other.remember(next);
    const before = body(await other.exportAll());
    failAt(6, quota);
    await expect(other.importAll(file)).rejects.toMatchObject({ code: 'memory_full' });
    vi.restoreAllMocks();
    expect(body(await other.exportAll())).toEqual(before);
  });
});
