// What goes to the stores: `npm run zip` makes the Chrome and Firefox zips and the sources zip Firefox's
// review asks for; each manifest has its name, description, version and every icon size, all resolvable.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readZip } from '../helpers/read-zip';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const ZIPS = {
  chrome: join(ROOT, `.output/newslens-${version}-chrome.zip`),
  firefox: join(ROOT, `.output/newslens-${version}-firefox.zip`),
  sources: join(ROOT, `.output/newslens-${version}-sources.zip`),
};
const ICONS = ['16', '32', '48', '96', '128'];
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];
// Chrome's service worker has no DOM: a page too large to read in its tab is parsed in an offscreen document
const CHROME_PERMISSIONS = ['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage', 'unlimitedStorage'];

type Manifest = Record<string, unknown> & { icons: Record<string, string>; permissions: string[]; default_locale: string };

beforeAll(() => {
  // the package script itself, as a release would run it
  execFileSync('npm', ['run', '-s', 'zip'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}, 120_000);

describe.each(['chrome', 'firefox'] as const)('the %s zip', (browser) => {
  it('holds a manifest with name, description, version and icons, all resolvable', () => {
    const zip = readZip(ZIPS[browser]);
    const manifest = JSON.parse(zip.text('manifest.json')) as Manifest;
    const messages = JSON.parse(zip.text(`_locales/${manifest.default_locale}/messages.json`)) as Record<string, { message: string }>;
    const word = (v: unknown) => String(v).replace(/^__MSG_(\w+)__$/, (_, k: string) => messages[k]?.message ?? `missing ${k}`);
    console.info(`${ZIPS[browser]}: ${statSync(ZIPS[browser]).size} bytes, ${zip.names.length} files`);
    expect(manifest.version).toBe(version);
    expect(word(manifest.name)).toBe('Newslens');
    expect(word(manifest.description)).toMatch(/^Summary, people and companies/);
    expect(Object.keys(manifest.icons).sort((a, b) => Number(a) - Number(b))).toEqual(ICONS);
    for (const file of Object.values(manifest.icons)) expect(zip.names).toContain(file);
    expect([...manifest.permissions].sort()).toEqual(browser === 'chrome' ? CHROME_PERMISSIONS : PERMISSIONS);
    expect(manifest.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
    expect(zip.names.some((n) => n.endsWith('.map'))).toBe(false);
  });
});

describe('the Firefox build', () => {
  const manifest = JSON.parse(readFileSync(join(inject('firefoxDir'), 'manifest.json'), 'utf8')) as Manifest;

  it('is MV2 with an add-on id and the declaration that it collects no data', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: 'newslens@newslens.invalid', data_collection_permissions: { required: ['none'] } } });
    expect([...manifest.permissions].sort()).toEqual(PERMISSIONS);
  });

  it('declares no content script and exposes no file to pages', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

describe('the sources zip', () => {
  it('holds what a reviewer needs to rebuild, and nothing else', () => {
    const names = readZip(ZIPS.sources).names;
    console.info(`${ZIPS.sources}: ${statSync(ZIPS.sources).size} bytes, ${names.length} files`);
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'public/icon.svg', 'public/_locales/en/messages.json']) {
      expect(names).toContain(f);
    }
    expect(names.filter((n) => /^(node_modules|\.output|test|docs|\.)/.test(n))).toEqual([]);
  });
});
