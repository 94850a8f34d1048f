// What ships: least permissions, nothing declared for pages, a small injected script, no HTML from strings.

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

describe('the built extension', () => {
  it('asks for exactly activeTab, scripting, contextMenus and storage, and no host', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('declares no content script and exposes no file to pages', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a popup, a shortcut to toggle the sidebar and icons', () => {
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.commands).toMatchObject({ 'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+N' } } });
    expect(Object.keys(manifest.icons as object)).toEqual(expect.arrayContaining(['16', '48', '128']));
  });

  it('keeps the injected content script within 60 kB gzipped', () => {
    const gz = (f: string) => gzipSync(readFileSync(join(EXTENSION_DIR, 'content-scripts', f))).length;
    const content = gz('content.js');
    const sidebar = gz('sidebar.js');
    console.info(`content.js ${content} B gzipped, sidebar.js ${sidebar} B gzipped`);
    expect(content).toBeLessThanOrEqual(60 * 1024);
    expect(sidebar).toBeLessThanOrEqual(60 * 1024);
  });

  it('never turns strings into HTML in its own code', () => {
    const files = ['entrypoints', 'components', 'extension'].flatMap(sources);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(join(ROOT, f), 'utf8');
      expect(text, f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write\(/);
      expect(text, f).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
    }
  });
});
