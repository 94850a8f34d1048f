// The sidebar shortcut as the browser has it now (the reader may have changed it), and the way to change it.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../extension/i18n';

interface Props {
  /** the shortcut's keys, "" when none is set */
  read(): Promise<string>;
  /** opens the browser's shortcut settings; false where no extension may open them */
  openSettings(): Promise<boolean>;
}

export function ShortcutSetting({ read, openSettings }: Props) {
  const [keys, setKeys] = useState<string | null>(null);
  const [manual, setManual] = useState(false);
  useEffect(() => {
    void read().then(setKeys, () => setKeys(''));
    // the reader comes back from the browser's settings page: show the new keys
    const again = () => document.visibilityState === 'visible' && void read().then(setKeys, () => undefined);
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, [read]);
  return (
    <fieldset class="nl-field">
      <legend class="nl-legend">{t('options_shortcut')}</legend>
      <p data-testid="shortcut" data-keys={keys ?? ''}>
        {keys === null ? '' : keys ? t('options_shortcut_current', keys) : t('options_shortcut_unset')}
      </p>
      <button type="button" class="nl-btn" data-testid="change-shortcut" onClick={() => void openSettings().then((ok) => setManual(!ok), () => setManual(true))}>
        {t('options_shortcut_change')}
      </button>
      {manual && <p class="nl-help">{t('options_shortcut_firefox')}</p>}
    </fieldset>
  );
}
