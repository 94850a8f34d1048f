// Highlights in the reader's page with the CSS Custom Highlight API: no element of the page is touched,
// and clearing removes the one adopted stylesheet and the registry entries, leaving the page as it was.

import { adoptCss, dropCss } from './adopt-css';
import type { HighlightTarget } from './messages';
import { findPassage, findTerms, indexText, rangeOf } from './text-index';

export const HIGHLIGHT_NAMES = { entity: 'newslens-entity', evidence: 'newslens-evidence' } as const;
const SHEET = { marker: HIGHLIGHT_NAMES.entity, id: 'newslens-highlight-style' };
const CSS_TEXT = `::highlight(${HIGHLIGHT_NAMES.entity}) { background-color: #ffe27a; color: #1f2328; }
::highlight(${HIGHLIGHT_NAMES.evidence}) { background-color: #c3f0c8; color: #1f2328; text-decoration: underline 2px #2e8540; }`;

export interface PageHighlighter {
  /** Replaces any highlight with the target's; returns how many passages were found. */
  show(target: HighlightTarget | null): number;
  clear(): void;
}

const visible = (r: Range): boolean => {
  const el = r.startContainer.parentElement;
  return !!el && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
};

export function createPageHighlighter(doc: Document): PageHighlighter {
  const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

  function clear(): void {
    if (!supported) return;
    CSS.highlights.delete(HIGHLIGHT_NAMES.entity);
    CSS.highlights.delete(HIGHLIGHT_NAMES.evidence);
    dropCss(doc, SHEET);
  }

  function show(target: HighlightTarget | null): number {
    clear();
    if (!target || !supported || !doc.body) return 0;
    const index = indexText(doc.body);
    const spans = target.kind === 'entity' ? findTerms(index, target.terms) : [findPassage(index, target.text)].filter((s) => s !== null);
    const ranges = spans.map(([start, end]) => rangeOf(index, start, end));
    if (!ranges.length) return 0;
    adoptCss(doc, CSS_TEXT, SHEET);
    CSS.highlights.set(HIGHLIGHT_NAMES[target.kind], new Highlight(...ranges));
    const first = ranges.find(visible) ?? ranges[0]!;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    return ranges.length;
  }

  return { show, clear };
}
