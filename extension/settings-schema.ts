// The reader's settings as data: their shape, defaults and how a stored value is read. Pure, so the
// options logic is tested without a browser; extension/settings.ts declares the storage item.

import type { EntityType } from '../utils/types';

export type Theme = 'auto' | 'light' | 'dark';
export type SidebarSide = 'left' | 'right';

export interface Settings {
  /** sentences in the summary, 1 to 7 */
  summarySentences: number;
  /** the kinds of names the entity list shows; the analysis still finds them all (exports keep them) */
  entityTypes: EntityType[];
  sidebarSide: SidebarSide;
  theme: Theme;
  /** keep each page analysis in the partnership memory (never in a private window) */
  rememberArticles: boolean;
}

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'product', 'place', 'money', 'other'];
export const SUMMARY_RANGE = { min: 1, max: 7 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  summarySentences: 3,
  entityTypes: [...ENTITY_TYPES],
  sidebarSide: 'right',
  theme: 'auto',
  rememberArticles: true,
};

/** Whatever is stored (a partial or hand-edited value included) as a valid Settings. */
export function normalizeSettings(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  const n = Math.round(Number(v.summarySentences));
  return {
    summarySentences: Number.isFinite(n) ? Math.min(SUMMARY_RANGE.max, Math.max(SUMMARY_RANGE.min, n)) : DEFAULT_SETTINGS.summarySentences,
    entityTypes: Array.isArray(v.entityTypes) ? ENTITY_TYPES.filter((t) => v.entityTypes!.includes(t)) : [...ENTITY_TYPES],
    sidebarSide: v.sidebarSide === 'left' ? 'left' : 'right',
    theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'auto',
    rememberArticles: v.rememberArticles !== false,
  };
}

/** Version 1 had no memory: a reader who updates gets it on, as a new reader does. */
export const migrateSettingsV1 = (v: Omit<Settings, 'rememberArticles'>): Settings => ({ ...v, rememberArticles: true });
