// The options page: every setting is stored the moment it changes, and the popup and the sidebar follow.

import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_GROUPS } from '../extension/format';
import { plural, t } from '../extension/i18n';
import { readerMessage } from '../extension/reader-error';
import { normalizeSettings, SUMMARY_RANGE, type Settings } from '../extension/settings';
import type { EntityType } from '../utils/types';
import { ChoiceGroup } from './choice-group';
import { Logo } from './logo';
import { ShortcutSetting } from './shortcut-setting';
import { useDocumentTheme, useSettings } from './use-settings';

export interface OptionsApi {
  save(change: Partial<Settings>): Promise<void>;
  readShortcut(): Promise<string>;
  openShortcutSettings(): Promise<boolean>;
  openMemory(): Promise<void>;
}

export function OptionsApp({ api, settings: initial }: { api: OptionsApi; settings: Settings }) {
  const stored = useSettings(initial);
  // shown at once, before storage answers: a slider moved by three keys in a row must not jump back
  const [s, setShown] = useState(stored);
  useEffect(() => setShown(stored), [stored]);
  useDocumentTheme(s.theme);
  const [saved, setSaved] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const save = (change: Partial<Settings>) => {
    setShown((now) => normalizeSettings({ ...now, ...change }));
    const say = (words: string) => {
      // the same words twice would not be announced again: clear, then say it
      setSaved('');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setSaved(words), 50);
    };
    // a full disk, or the extension reloaded under the page: say so rather than pretend it was saved
    void api.save(change).then(() => say(t('options_saved')), (e: unknown) => say(readerMessage(e, 'newslens', 'options_save_failed')));
  };
  const toggleType = (type: EntityType, on: boolean) =>
    save({ entityTypes: on ? [...s.entityTypes, type] : s.entityTypes.filter((x) => x !== type) });

  return (
    <div class="nl nl-options" data-theme={s.theme} data-testid="options">
      <header class="nl-bar">
        <span class="nl-brand">
          <Logo /> {t('ext_name')}
        </span>
        <span class="nl-saved" role="status" data-testid="options-status">
          {saved}
        </span>
      </header>
      <main class="nl-options-body">
        <h1 class="nl-title">{t('options_title')}</h1>
        <p class="nl-help">{t('options_intro')}</p>
        <fieldset class="nl-field">
          <legend class="nl-legend">{t('options_summary')}</legend>
          <div class="nl-range">
            <input
              type="range"
              id="nl-summary"
              aria-label={t('options_summary')}
              min={SUMMARY_RANGE.min}
              max={SUMMARY_RANGE.max}
              step={1}
              value={s.summarySentences}
              aria-valuetext={plural('sentences', s.summarySentences)}
              data-testid="summary-length"
              onInput={(e) => save({ summarySentences: Number(e.currentTarget.value) })}
            />
            <output for="nl-summary">{plural('sentences', s.summarySentences)}</output>
          </div>
        </fieldset>
        <fieldset class="nl-field">
          <legend class="nl-legend">{t('options_entities')}</legend>
          <div class="nl-choices">
            {ENTITY_GROUPS.map((g) => (
              <label class="nl-choice" key={g.type}>
                <input
                  type="checkbox"
                  checked={s.entityTypes.includes(g.type)}
                  data-testid={`entity-type-${g.type}`}
                  onChange={(e) => toggleType(g.type, e.currentTarget.checked)}
                />
                <span class={`nl-chip nl-t-${g.type}`}>{g.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <ChoiceGroup
          legend={t('options_side')}
          name="side"
          value={s.sidebarSide}
          options={[
            { value: 'left', label: t('options_side_left') },
            { value: 'right', label: t('options_side_right') },
          ]}
          onChange={(sidebarSide) => save({ sidebarSide })}
        />
        <ChoiceGroup
          legend={t('options_theme')}
          name="theme"
          value={s.theme}
          options={[
            { value: 'auto', label: t('options_theme_auto') },
            { value: 'light', label: t('options_theme_light') },
            { value: 'dark', label: t('options_theme_dark') },
          ]}
          onChange={(theme) => save({ theme })}
        />
        <fieldset class="nl-field">
          <legend class="nl-legend">{t('options_memory')}</legend>
          <p>{t('options_memory_help')}</p>
          <label class="nl-choice">
            <input
              type="checkbox"
              checked={s.rememberArticles}
              data-testid="remember-articles"
              onChange={(e) => save({ rememberArticles: e.currentTarget.checked })}
            />
            <span>{t('options_memory_remember')}</span>
          </label>{' '}
          <button type="button" class="nl-btn" data-testid="options-open-memory" onClick={() => void api.openMemory()}>
            {t('memory_open')}
          </button>
        </fieldset>
        <ShortcutSetting read={api.readShortcut} openSettings={api.openShortcutSettings} />
        <p class="nl-privacy">{t('options_privacy')}</p>
      </main>
    </div>
  );
}
