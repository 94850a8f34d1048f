// The states that are not a result: analysing, not an article, a page off limits, a failure.

import { t, type MessageKey } from '../extension/i18n';

export type StatusKind = 'analysing' | 'not-article' | 'restricted' | 'error';

interface Props {
  kind: StatusKind;
  message?: string;
  /** the browser's own words for an unexpected failure: out of the sentence, there for a bug report */
  detail?: string;
  action?: { label: string; run: () => void };
}

const TITLES: Record<StatusKind, MessageKey> = {
  analysing: 'status_analysing',
  'not-article': 'status_not_article',
  restricted: 'status_restricted',
  error: 'status_error',
};

const ICONS: Record<Exclude<StatusKind, 'analysing'>, string> = { 'not-article': '?', restricted: '⊘', error: '!' };

export function StatusView({ kind, message, detail, action }: Props) {
  const text = message ?? (kind === 'analysing' ? t('status_analysing_text') : '');
  return (
    <div class="nl-status" data-testid="status" data-state={kind} role={kind === 'error' ? 'alert' : 'status'}>
      {kind === 'analysing' ? <div class="nl-spinner" aria-hidden="true" /> : <div class="nl-status-icon" aria-hidden="true">{ICONS[kind]}</div>}
      <p class="nl-status-title">{t(TITLES[kind])}</p>
      {text && (
        <p class="nl-status-text" data-testid="status-message">
          {text}
        </p>
      )}
      {detail && (
        <details class="nl-status-detail" data-testid="status-detail">
          <summary>{t('error_details')}</summary>
          <code>{detail}</code>
        </details>
      )}
      {action && (
        <button type="button" class="nl-btn nl-btn-primary" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
