// The memory line's requests, from the popup (with its tab) or the sidebar (its tab comes with the message).

import type { MemoryLineClient } from '../components/memory-line';
import { sendToBackground } from './messages';

export function memoryLineClient(tabId?: number, afterOpen?: () => void): MemoryLineClient {
  return {
    status: async (url) => (await sendToBackground('memory-status', { url, tabId })).status,
    forget: async (url) => (await sendToBackground('memory-forget', { url })).status,
    earlier: (analysis) => sendToBackground('memory-earlier', { analysis }),
    open: async (entity) => {
      await sendToBackground('memory-open', { entity });
      afterOpen?.();
    },
  };
}
