// The development set keeps only gold annotations in the repository (test/devset/<name>/gold.json);
// the pages themselves are third-party and stay in ../shared/corpora. Each gold names its page in
// `source` ({ corpus: 'aeb' | 'readability', id }), and buildDevCases rebuilds score.mjs's case
// folders (index.html + gold.json) in a temporary directory at run time.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface DevSource { corpus: 'aeb' | 'readability'; id: string }
export interface DevCase { name: string; gold: Record<string, unknown> & { source: DevSource; url: string }; html: string }

const repo = new URL('../../', import.meta.url);
export const devsetDir = new URL('test/devset/', repo);
const corpora = new URL('../shared/corpora/', repo);

// one reader per corpus layout: aeb keeps gzipped pages by id, readability a folder per slug
const readers: Record<DevSource['corpus'], (id: string) => string> = {
  aeb: (id) => gunzipSync(readFileSync(new URL(`aeb/html/${id}.html.gz`, corpora))).toString('utf8'),
  readability: (id) => readFileSync(new URL(`readability/${id}/source.html`, corpora), 'utf8'),
};

export function loadDevCases(): DevCase[] {
  return readdirSync(devsetDir)
    .filter((n) => existsSync(new URL(`${n}/gold.json`, devsetDir)))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(new URL(`${name}/gold.json`, devsetDir), 'utf8')) as DevCase['gold'];
      const read = readers[gold.source?.corpus];
      if (!read) throw new Error(`${name}: gold.json needs source.corpus "aeb" or "readability"`);
      return { name, gold, html: read(gold.source.id) };
    });
}

// Writes <tmp>/<name>/{index.html,gold.json} for every case and returns the directory.
export function buildDevCases(cases: DevCase[] = loadDevCases()): string {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-devset-'));
  for (const c of cases) {
    mkdirSync(join(dir, c.name));
    writeFileSync(join(dir, c.name, 'index.html'), c.html);
    writeFileSync(join(dir, c.name, 'gold.json'), JSON.stringify(c.gold, null, 1));
  }
  return dir;
}
