// Downloads and clipboard from the document the reader clicked in: no `downloads` or `clipboardWrite` permission.

import type { Analysis } from '../utils/types';
import { t } from './i18n';
import { ReaderError } from './reader-error';

const slug = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'page';

export const jsonFileName = (a: Analysis): string => `newslens-${slug(a.title ?? new URL(a.url).hostname)}.json`;

/** Saves the Analysis as JSON through a Blob link placed inside `host` (the popup or the sidebar's shadow root). */
export function downloadJson(a: Analysis, host: Element): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(a, null, 2)], { type: 'application/json' }));
  const link = host.ownerDocument.createElement('a');
  link.href = url;
  link.download = jsonFileName(a);
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  // the browser reads the Blob asynchronously after click(): revoke only later
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text; falls back to a hidden textarea inside `host` when the async clipboard is refused (no focus). */
export async function copyText(text: string, host: Element): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through
  }
  const doc = host.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  host.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new ReaderError({ state: 'error', message: t('copy_refused') });
}
