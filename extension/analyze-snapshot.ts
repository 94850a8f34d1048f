// Background side of reading a page: what the content script read (or, for a large page, what the
// offscreen document or Firefox's background page parsed) goes through the text stages here. The
// pipeline's cleanText takes out replacement characters, bidi overrides and markup-looking text.

import type { Analysis } from '../utils/types';
import { analyzeReading, analyzeSelectedText } from '../utils/analyze-text';
import type { PageSnapshot } from './messages';
import { readOffPage } from './read-off-page';

/** The page's Analysis from a snapshot that carries a reading or the HTML to read. */
export async function analyzeSnapshot(s: PageSnapshot, summarySentences?: number): Promise<Analysis> {
  const reading = s.reading ?? (s.html !== null ? await readOffPage(s.html, s.url) : null);
  if (!reading) throw new Error('The page sent nothing to read.');
  return analyzeReading(reading, { summarySentences });
}

/** The prose stages over the text the reader selected, dated and titled by the page it came from. */
export function analyzeSelection(s: PageSnapshot, selected: string, { today = new Date(), summarySentences = 3 } = {}): Analysis {
  const head = s.head ?? { url: s.url, title: null, site: null, lang: null, publishedTime: null };
  return analyzeSelectedText(head, selected, { today, summarySentences });
}
