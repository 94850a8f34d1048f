// Huge pages finish with a sensible result. How long they take is measured by `npm run bench`.

import { describe, expect, it } from 'vitest';
import { hugePages } from '../scripts/lib/huge-pages';
import { analyzeHtml } from './helpers/page';

describe('huge pages', () => {
  it.each(Object.entries(hugePages))('%s: analysed to completion', (name, make) => {
    const a = analyzeHtml(make());
    if (name.includes('article')) {
      expect(a.isArticle).toBe(true);
      expect(a.wordCount).toBeGreaterThan(95_000);
      expect(a.summary).toHaveLength(3);
      expect(a.timeline.length).toBeGreaterThan(0);
    }
    if (name.includes('bylines')) {
      expect(a.isArticle).toBe(false);
      expect(a.bylines.length).toBeGreaterThan(1000);
    }
    if (name.includes('5 MB')) expect(a.text).not.toMatch(/R0lGOD/);
    if (name.includes('nodes')) expect(a.text).toContain('Real prose sits here at last.');
  }, 120000);
});
