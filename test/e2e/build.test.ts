// What ships: least permissions, nothing declared for pages, no remote or string-evaluated code, a small
// injected script, no HTML from strings.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const EXTENSION_DIR = inject('extensionDir');

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** Every file of the build, with its full path. */
function built(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? built(path) : [path];
  });
}

const REMOTE_CODE: ReadonlyArray<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function(', /new\s+Function\s*\(/],
  ['importScripts(', /importScripts\s*\(/],
  ['import() of a URL', /import\s*\(\s*["'`]https?:/],
  ['<script src="http', /<script[^>]*\bsrc\s*=\s*["']?(https?:)?\/\//i],
  ['setTimeout/setInterval with a string', /set(Timeout|Interval)\s*\(\s*["'`]/],
];

// XML namespaces (never fetched) and documentation links inside libraries' error messages
const HARMLESS_URLS = [
  /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/,
  /^https:\/\/(wxt\.dev\/guide\/|github\.com\/wxt-dev\/wxt\/issues\/|developer\.mozilla\.org\/en-US\/docs\/)/,
];

describe('the built extension', () => {
  it('asks for exactly activeTab, scripting, contextMenus, storage, unlimitedStorage and offscreen, and no host', () => {
    // offscreen: Chrome's service worker has no DOM; a page too large to read in its tab is parsed there
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('declares no content script and exposes no file to pages', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('lets no web page or other extension talk to it, and keeps the default CSP', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    // Chrome's default for extension pages: script-src 'self' — no eval, no inline script, no remote host
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('loads no remote code and evaluates no string as code', () => {
    const files = built(EXTENSION_DIR).filter((f) => /\.(js|html)$/.test(f));
    expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const [what, re] of REMOTE_CODE) expect(re.test(text), `${what} in ${f}`).toBe(false);
    }
    // every URL in the code is a namespace or a link in an error message, never something fetched or loaded
    const urls = new Set(files.flatMap((f) => readFileSync(f, 'utf8').match(/https?:\/\/[^\s"'`)<>\\]+/g) ?? []));
    expect([...urls].filter((u) => !HARMLESS_URLS.some((re) => re.test(u)))).toEqual([]);
  });

  it('has a popup, a shortcut to toggle the sidebar and icons', () => {
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.commands).toMatchObject({ 'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+N' } } });
    expect(Object.keys(manifest.icons as object)).toEqual(expect.arrayContaining(['16', '48', '128']));
  });

  it('keeps the injected content script within 40 kB gzipped, Readability included, and no DOM library in the worker', () => {
    const gz = (f: string) => gzipSync(readFileSync(join(EXTENSION_DIR, f))).length;
    const content = gz('content-scripts/content.js');
    const sidebar = gz('content-scripts/sidebar.js');
    console.info(`content.js ${content} B gzipped, sidebar.js ${sidebar} B gzipped, background.js ${gz('background.js')} B gzipped`);
    expect(content).toBeLessThanOrEqual(40 * 1024);
    // the service worker runs only the text stages: Readability runs in the page or the offscreen document
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).not.toMatch(/_grabArticle|linkedom/);
    expect(sidebar).toBeLessThanOrEqual(60 * 1024);
  });

  it('never turns strings into HTML in its own code', () => {
    const files = ['entrypoints', 'components', 'extension'].flatMap(sources);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      // reading outerHTML (the content script serialises the page) is fine; writing markup is not
      expect(text, f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|\.outerHTML\s*=(?!=)|insertAdjacentHTML|document\.write\(|createContextualFragment|setHTMLUnsafe/);
      expect(text, f).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
    }
  });
});
