import { describe, expect, it } from 'vitest';
import { MemoryError, memoryErrorText, type MemoryErrorCode } from '../../extension/memory';

describe('memoryErrorText', () => {
  // what reaches the memory page is only the text of the background's error
  it.each<MemoryErrorCode>(['memory_full', 'memory_write_failed', 'memory_import_invalid', 'memory_unavailable'])(
    "keeps the store's own sentence for %s",
    (code) => {
      const text = new MemoryError(code).message;
      expect(memoryErrorText(text)).toBe(text);
    },
  );

  it.each(['Could not establish connection. Receiving end does not exist.', 'QuotaExceededError', ''])(
    'leaves any other text to the reader-error table: %j',
    (raw) => expect(memoryErrorText(raw)).toBeNull(),
  );
});
