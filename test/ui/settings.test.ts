import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettingsV1, normalizeSettings, type Settings } from '../../extension/settings-schema';

describe('normalizeSettings', () => {
  it.each([
    ['nothing stored', null, DEFAULT_SETTINGS],
    ['a partial value', { theme: 'dark' }, { ...DEFAULT_SETTINGS, theme: 'dark' }],
    ['a length out of range', { summarySentences: 12 }, { ...DEFAULT_SETTINGS, summarySentences: 7 }],
    ['a length below range', { summarySentences: 0 }, { ...DEFAULT_SETTINGS, summarySentences: 1 }],
    ['a length that is no number', { summarySentences: 'many' }, DEFAULT_SETTINGS],
    ['unknown kinds of names, in any order', { entityTypes: ['money', 'aliens', 'person'] }, { ...DEFAULT_SETTINGS, entityTypes: ['person', 'money'] }],
    ['no kind of name at all', { entityTypes: [] }, { ...DEFAULT_SETTINGS, entityTypes: [] }],
    ['an unknown side and theme', { sidebarSide: 'top', theme: 'sepia' }, DEFAULT_SETTINGS],
    ['the memory turned off', { rememberArticles: false }, { ...DEFAULT_SETTINGS, rememberArticles: false }],
    ['a memory flag that is no boolean', { rememberArticles: 'no' }, DEFAULT_SETTINGS],
  ] as const)('%s', (_, stored, expected) => {
    expect(normalizeSettings(stored as unknown as Partial<Settings>)).toEqual(expected);
  });
});

describe('settings migration to version 2', () => {
  it('keeps every version-1 choice and turns the memory on', () => {
    const v1 = { summarySentences: 5, entityTypes: ['person' as const], sidebarSide: 'left' as const, theme: 'dark' as const };
    expect(migrateSettingsV1(v1)).toEqual({ ...v1, rememberArticles: true });
  });
});
