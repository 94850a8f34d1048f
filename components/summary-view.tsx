import { t } from '../extension/i18n';

interface Props {
  summary: string[];
}

export function SummaryView({ summary }: Props) {
  return (
    <section class="nl-section" aria-labelledby="nl-summary-h">
      <h2 class="nl-h2" id="nl-summary-h">
        {t('summary_heading')}
      </h2>
      {summary.length ? (
        <ul class="nl-summary" data-testid="summary">
          {summary.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : (
        <p class="nl-empty">{t('summary_empty')}</p>
      )}
    </section>
  );
}
