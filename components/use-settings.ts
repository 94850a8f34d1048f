// The reader's settings inside a view, kept current: a change on the options page shows at once.

import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, readSettings, watchSettings, type Settings, type Theme } from '../extension/settings';

/** `initial`: settings already read before the first render, so that the popup does not flash a theme. */
export function useSettings(initial?: Settings): Settings {
  const [settings, setSettings] = useState<Settings>(initial ?? { ...DEFAULT_SETTINGS });
  useEffect(() => {
    let live = true;
    readSettings().then((s) => live && setSettings(s), () => undefined);
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}

/** For an extension page of its own (popup, options): the page around the view follows the theme too. */
export function useDocumentTheme(theme: Theme): void {
  useEffect(() => {
    document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
  }, [theme]);
}
