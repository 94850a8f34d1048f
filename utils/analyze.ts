// The whole pipeline, the same in the extension and in Node:
// extract -> bylines (read-document.ts, needs a DOM) -> entities -> times -> timeline -> summary
// (analyze-text.ts, text only; the summary favours event sentences). The extension runs the first half
// where the page's DOM is and the second in its background.

import type { Analysis } from './types';
import { readDocument, readPageHead, type ReadOptions } from './read-document';
import { analyzeReading, analyzeSelectedText, type TextOptions } from './analyze-text';

export { analyzeProse, analyzeReading, analyzeSelectedText, clampSummary } from './analyze-text';

export interface AnalyzeOptions extends ReadOptions, TextOptions {}

export function analyzeDocument(doc: Document, opts: AnalyzeOptions): Analysis {
  return analyzeReading(readDocument(doc, opts), opts);
}

/** The prose stages over text the reader selected, titled and dated by the page it came from. */
export function analyzeSelection(doc: Document, selected: string, opts: AnalyzeOptions): Analysis {
  return analyzeSelectedText(readPageHead(doc, opts), selected, opts);
}

