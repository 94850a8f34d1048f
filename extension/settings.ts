// The reader's settings, declared once: written by the options page, read (and watched) by the popup, the
// sidebar and the analysis. Kept in storage.local, never storage.sync: nothing leaves the browser.

import { storage } from 'wxt/utils/storage';

import { DEFAULT_SETTINGS, migrateSettingsV1, normalizeSettings, type Settings } from './settings-schema';

export * from './settings-schema';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  // Version 1 is the first shape. Changing it means version 2 and a migrations[2] that turns a
  // version-1 value into the new shape, so that no reader loses their choices on an update.
  version: 2,
  // 2: rememberArticles (the partnership memory)
  migrations: { 2: migrateSettingsV1 },
});

export const readSettings = async (): Promise<Settings> => normalizeSettings(await settingsItem.getValue());

/** Calls back with every change; returns the function that stops watching. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  const stop = settingsItem.watch((v) => cb(normalizeSettings(v)));
  return () => {
    // a view unmounted after an extension reload (an orphaned sidebar) finds the storage API gone:
    // there is nothing left to stop then, and the page must not see an error
    try {
      stop();
    } catch {
      // the extension is gone
    }
  };
}

// Changes are written one after the other: two quick clicks must not each read the old value and
// the second write undo the first.
let writing: Promise<unknown> = Promise.resolve();

/** Stores a change to some of the settings, keeping the others. */
export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const write = writing.then(async () => {
    const next = normalizeSettings({ ...(await readSettings()), ...change });
    await settingsItem.setValue(next);
    return next;
  });
  writing = write.catch(() => undefined);
  return write;
}
