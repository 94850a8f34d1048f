// The states that are not a result: analysing, not an article, a page off limits, a failure.

export type StatusKind = 'analysing' | 'not-article' | 'restricted' | 'error';

interface Props {
  kind: StatusKind;
  message?: string;
  action?: { label: string; run: () => void };
}

const TITLES: Record<StatusKind, string> = {
  analysing: 'Reading the article…',
  'not-article': "This page doesn't look like an article",
  restricted: "Newslens can't read this page",
  error: 'Something went wrong',
};

const ICONS: Record<Exclude<StatusKind, 'analysing'>, string> = { 'not-article': '?', restricted: '⊘', error: '!' };

export function StatusView({ kind, message, action }: Props) {
  const text = message ?? (kind === 'analysing' ? 'The analysis runs on your own computer; nothing leaves your browser.' : '');
  return (
    <div class="nl-status" data-testid="status" data-state={kind} role={kind === 'error' ? 'alert' : 'status'}>
      {kind === 'analysing' ? <div class="nl-spinner" aria-hidden="true" /> : <div class="nl-status-icon" aria-hidden="true">{ICONS[kind]}</div>}
      <p class="nl-status-title">{TITLES[kind]}</p>
      {text && (
        <p class="nl-status-text" data-testid="status-message">
          {text}
        </p>
      )}
      {action && (
        <button type="button" class="nl-btn nl-btn-primary" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
