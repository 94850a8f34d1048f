// An Analysis whose every string carries markup, as a hostile page could make the pipeline produce.

import type { Analysis } from '../../../utils/types';

const IMG = '<img src=x onerror="window.pwned=true">';

export function markupEverywhere(base: Analysis): Analysis {
  return {
    ...base,
    title: `Deal ${IMG} signed`,
    site: 'Harbour <b>Notes</b>',
    summary: [`A sentence with ${IMG} inside.`, '<script>window.pwned=true</script> is text here.'],
    authors: ['Ada <i>Moss</i>'],
    bylines: [{ name: 'Bo <b>Lind</b>', date: '2025-02-01', text: 'By Bo <b>Lind</b>' }],
    entities: [{ name: `Acme ${IMG}`, type: 'organization', aliases: ['<b>Acme</b>'], mentions: 2 }],
    timeline: [
      { date: '2021', parties: ['<b>Acme</b>', 'Norrland'], type: 'partnership', what: `Acme ${IMG} partners`, evidence: '<iframe src="javascript:window.pwned=true"></iframe>' },
    ],
  };
}
