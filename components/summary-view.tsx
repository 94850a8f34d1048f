interface Props {
  summary: string[];
}

export function SummaryView({ summary }: Props) {
  return (
    <section class="nl-section" aria-labelledby="nl-summary-h">
      <h2 class="nl-h2" id="nl-summary-h">
        Summary
      </h2>
      {summary.length ? (
        <ul class="nl-summary" data-testid="summary">
          {summary.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : (
        <p class="nl-empty">No summary: the page has too little running text.</p>
      )}
    </section>
  );
}
