// Errors the views can show as they are: the message says what happened and that nothing was lost; the code
// is the i18n message key.

export type MemoryErrorCode = 'memory_full' | 'memory_write_failed' | 'memory_import_invalid' | 'memory_unavailable';

const TEXT: Record<MemoryErrorCode, string> = {
  memory_full: "Newslens could not save to its memory: the browser's storage is full. Nothing was changed; forget some articles or export and clear the memory.",
  memory_write_failed: 'Newslens could not save to its memory. Nothing was changed; the articles remembered before are intact.',
  memory_import_invalid: 'This file is not a Newslens memory export, or it is from a newer version. Nothing was imported.',
  memory_unavailable: 'Newslens could not open its memory in this browser (IndexedDB is unavailable or blocked).',
};

export class MemoryError extends Error {
  constructor(readonly code: MemoryErrorCode, cause?: unknown) {
    super(TEXT[code], { cause });
    this.name = 'MemoryError';
  }
}

const isQuota = (e: unknown): boolean => {
  const n = (e as { name?: string; inner?: { name?: string } } | null)?.name;
  return n === 'QuotaExceededError' || /quota/i.test(String((e as Error | null)?.message ?? ''));
};

export function writeError(e: unknown): MemoryError {
  if (e instanceof MemoryError) return e;
  return new MemoryError(isQuota(e) ? 'memory_full' : 'memory_write_failed', e);
}

/** A store error's own sentence, recognised after it crossed a message boundary (which keeps only the text). */
export const memoryErrorText = (raw: string): string | null => (Object.values(TEXT).includes(raw) ? raw : null);
