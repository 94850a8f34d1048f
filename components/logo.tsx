/** The lens mark, drawn inline so that neither the popup nor the page needs an image request; coloured by the theme. */
export function Logo() {
  return (
    <svg class="nl-logo" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="10" cy="10" r="6.5" stroke-width="2.5" />
      <path d="M7 9h6M7 12h4" stroke-width="1.6" stroke-linecap="round" />
      <path d="M15 15l5.5 5.5" stroke-width="3" stroke-linecap="round" />
    </svg>
  );
}
