// Builds the Firefox extension before the Firefox files run and tests private copies: the build as it
// ships, and the same build with source maps, which only the lint test reads (to name each warning's
// source package). The code of the two is the same: maps change nothing but a comment per file.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxDir: string;
    firefoxMapsDir: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function build(into: string, env: Record<string, string> = {}): void {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cpSync(join(ROOT, '.output/firefox-mv2'), into, { recursive: true });
}

export default function setup(project: TestProject): () => void {
  const started = Date.now();
  const base = mkdtempSync(join(tmpdir(), 'newslens-firefox-'));
  build(join(base, 'maps'), { NEWSLENS_SOURCEMAPS: '1' });
  // last, so that .output/firefox-mv2 is left as it ships
  build(join(base, 'ext'));
  project.provide('firefoxDir', join(base, 'ext'));
  project.provide('firefoxMapsDir', join(base, 'maps'));
  process.stdout.write(`firefox: built the extension twice in ${Date.now() - started} ms\n`);
  return () => rmSync(base, { recursive: true, force: true });
}
