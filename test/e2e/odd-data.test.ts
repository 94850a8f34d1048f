// Odd data (pages/odd-data.html): impossible dates, bylines that are URLs or e-mail addresses,
// right-to-left and non-Latin text, emoji, NUL and control characters. The popup shows no garbage.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Analysis } from '../../utils/types';
import { watchErrors } from './support/error-watch';
import { waitForCache } from './support/page-probes';
import { useBrowser } from './support/setup';

const s = useBrowser();

// C0 and C1 controls (newline and tab aside), the replacement character, and the bidi overrides and
// isolates that let text reorder what follows it
const GARBAGE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd\u202a-\u202e\u2066-\u2069]/u;
const URL_OR_MAIL = /https?:|www\.|mailto:|@|\.(com|org|net|example)\b/i;
const BROKEN_WORDS = /\b(NaN|Invalid Date|undefined|null)\b/;

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

let page: Page;
let popup: Page;
let analysis: Analysis;

/** Every text and every attribute a reader can see or hear (title, aria-label) in the popup's view. */
const visible = (p: Page) =>
  p.getByTestId('analysis').evaluate((root) => {
    const out = [root.textContent ?? ''];
    for (const el of root.querySelectorAll('*')) for (const a of ['title', 'aria-label', 'data-name', 'datetime']) out.push(el.getAttribute(a) ?? '');
    return out.filter(Boolean);
  });

describe('odd data', () => {
  it('is analysed without a crash', async () => {
    const errors = watchErrors(s.h.context, `chrome-extension://${s.h.extensionId}`);
    page = await s.h.context.newPage();
    await errors.watchPage(page);
    await page.goto(`${s.server.origin}/pages/odd-data.html`);
    const tabId = await s.h.grantActiveTab(page);
    popup = await s.h.openPopup(tabId, 1000);
    await popup.getByTestId('analysis').waitFor();
    analysis = (await waitForCache(s.h, tabId)).analysis;
    expect(analysis.isArticle).toBe(true);
    expect(errors.page).toEqual([]);
    expect(errors.worker).toEqual([]);
  });

  it('shows no control character, replacement character or bidi override', async () => {
    const shown = await visible(popup);
    expect(shown.filter((t) => GARBAGE.test(t)).map((t) => JSON.stringify(t.slice(0, 80)))).toEqual([]);
    // nor anywhere in the result it exports and caches
    expect(strings(analysis).filter((t) => GARBAGE.test(t)).map((t) => JSON.stringify(t.slice(0, 80)))).toEqual([]);
  });

  it('names no URL or e-mail address as an author or a byline', async () => {
    expect(analysis.authors.filter((a) => URL_OR_MAIL.test(a))).toEqual([]);
    expect(analysis.bylines.filter((b) => URL_OR_MAIL.test(b.name)).map((b) => b.name)).toEqual([]);
    const authors = await popup.getByTestId('author').allTextContents();
    expect(authors.filter((a) => URL_OR_MAIL.test(a))).toEqual([]);
  });

  it('keeps no impossible date, and writes every date in words', async () => {
    const real = (d: string) => {
      const day = d.slice(0, 10);
      return !/^\d{4}-\d{2}-\d{2}$/.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
    };
    if (analysis.publishedTime) expect(real(analysis.publishedTime) && !analysis.publishedTime.startsWith('9999')).toBe(true);
    expect(analysis.timeline.map((e) => e.date).filter((d): d is string => !!d && !real(d))).toEqual([]);
    expect(analysis.bylines.map((b) => b.date).filter((d): d is string => !!d && !real(d))).toEqual([]);
    expect((await visible(popup)).filter((t) => BROKEN_WORDS.test(t))).toEqual([]);
  });

  it('keeps right-to-left, non-Latin text and emoji intact', () => {
    for (const words of ['مكتبا في دبي', 'הבנק אמר', '迪拜办事处', 'ドバイ事務所', 'откроет офис', 'γραφείο', 'दुबई में', '🇪🇺🇦🇪', '❤️']) {
      expect(analysis.text, words).toContain(words);
    }
  });

  it('shows the same in the sidebar', async () => {
    await popup.getByRole('button', { name: 'Open sidebar' }).click();
    const sidebar = page.locator('newslens-sidebar [data-testid=sidebar]');
    await sidebar.getByTestId('analysis').waitFor();
    const text = (await sidebar.getByTestId('analysis').textContent()) ?? '';
    expect(GARBAGE.test(text)).toBe(false);
    expect(BROKEN_WORDS.test(text)).toBe(false);
  });
});
