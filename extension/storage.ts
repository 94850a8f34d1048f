// Per-tab results in storage.session: they outlive a service-worker restart, die with the browser session,
// and are never readable by content scripts (session storage defaults to trusted contexts only).

import { storage } from 'wxt/utils/storage';
import type { Analysis } from '../utils/types';

export interface CachedAnalysis {
  /** the page the analysis was made from: a result is shown only while the tab still shows this URL */
  url: string;
  analysis: Analysis;
  madeAt: number;
  /** the summary length (settings) it was made with; absent: the default */
  sentences?: number;
}

// One key per tab, so two tabs finishing at once never overwrite each other's entries.
const key = (tabId: number) => `session:tab-${tabId}` as const;

export const tabCache = {
  get: (tabId: number): Promise<CachedAnalysis | null> => storage.getItem<CachedAnalysis>(key(tabId)),
  set: (tabId: number, entry: CachedAnalysis): Promise<void> => storage.setItem(key(tabId), entry),
  remove: (tabId: number): Promise<void> => storage.removeItem(key(tabId)),
};
