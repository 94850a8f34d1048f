// The payloads of pages/hostile.html, how to tell whether one ran or was kept, and a control that runs
// each one on purpose to prove it is live.

import type { Page } from 'playwright-core';

export interface Payload {
  name: string;
  /** how the control re-inserts it: as HTML (text, attr:NAME, json), as a URL, by click, template, unsandbox */
  mode: string;
}

/** Every payload the page carries, read from its data-payload markers. */
export const payloadsOf = (page: Page): Promise<Payload[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-payload]')].flatMap((el) =>
      el.getAttribute('data-payload')!.split(' ').map((name) => ({ name, mode: el.getAttribute('data-mode')! })),
    ),
  );

/** Names pushed onto window.__pwned in this page (or extension page). */
export const ranIn = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...((window as unknown as { __pwned?: string[] }).__pwned ?? [])].map(String));

/** What a string (an export, the cache) must never contain: markup that runs, script URLs, the marker. */
export const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ['<script', /<script/i],
  ['onerror=', /onerror\s*=/i],
  ['onload=', /onload\s*=/i],
  ['javascript: + code', /javascript\s*:\s*\S/i],
  ['__pwned', /__pwned/],
  ['<iframe / <svg / <img', /<(iframe|svg|img)\b/i],
];

export const forbiddenIn = (text: string): string[] => FORBIDDEN.filter(([, re]) => re.test(text)).map(([label]) => label);

/**
 * Elements and attributes that can run code, found under `selector` (in the shadow root of its first
 * match when `shadow`), in the page or extension page given. Our own inline logo <svg> is fine.
 */
export const activeMarkup = (page: Page, selector: string, shadow = false): Promise<string[]> =>
  page.evaluate(
    ([sel, inShadow]) => {
      const host = document.querySelector(sel);
      const root = inShadow ? host?.shadowRoot : host;
      if (!root) return [`no ${sel}`];
      const bad: string[] = [];
      for (const el of root.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (/^(script|iframe|frame|object|embed|img|template|style|link|meta|base|form|math)$/.test(tag)) bad.push(`<${tag}>`);
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || a.name === 'srcdoc' || /^\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(`${tag}[${a.name}]`);
        }
      }
      return bad;
    },
    [selector, shadow] as const,
  );

/**
 * The control: in a page of its own, re-insert every payload as a careless extension would (HTML from
 * text or attributes, a followed link, a clicked element, an imported template, an unsandboxed
 * srcdoc) and return the names that ran. A payload that does not run here would prove nothing.
 */
export const runPayloadsOnPurpose = async (page: Page): Promise<string[]> => {
  await page.evaluate(async () => {
    // hostile.html clobbers document.createElement in its own world (a <form name="createElement">)
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K) => Document.prototype.createElement.call(document, tag) as HTMLElementTagNameMap[K];
    const sink = make('div');
    document.querySelector('footer')!.append(sink);
    // both ways a careless extension inserts HTML: a fragment (its scripts run) and insertAdjacentHTML
    // (its <svg onload> fires, a fragment's does not)
    const asHtml = (html: string) => {
      sink.append(document.createRange().createContextualFragment(html));
      sink.insertAdjacentHTML('beforeend', html);
    };
    const follow = (url: string) => {
      const a = make('a');
      a.href = url;
      sink.append(a);
      a.click();
    };
    for (const el of document.querySelectorAll('[data-payload]')) {
      const mode = el.getAttribute('data-mode')!;
      if (mode === 'text') asHtml(el.textContent ?? '');
      else if (mode.startsWith('attr:')) asHtml(el.getAttribute(mode.slice(5)) ?? '');
      else if (mode.startsWith('url:')) follow(el.getAttribute(mode.slice(4)) ?? '');
      else if (mode === 'click') (sink.appendChild(el.cloneNode(true)) as HTMLElement).click();
      else if (mode === 'template') sink.append(document.importNode((el as HTMLTemplateElement).content, true));
      else if (mode === 'unsandbox') {
        const copy = el.cloneNode(true) as HTMLIFrameElement;
        copy.removeAttribute('sandbox');
        sink.append(copy);
      } else if (mode === 'json') {
        const strings: string[] = [];
        JSON.stringify(JSON.parse(el.textContent ?? '{}'), (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v));
        for (const v of strings) {
          if (/^javascript:/i.test(v)) follow(v);
          else asHtml(v);
        }
      }
    }
    // images fail and frames load asynchronously
    await new Promise((r) => setTimeout(r, 600));
  });
  return ranIn(page);
};
