// The memory store's public face: what the background and the memory page import.

export { openMemory, MEMORY_DB_NAME } from './open-memory';
export { MemoryError, memoryErrorText, type MemoryErrorCode } from './errors';
