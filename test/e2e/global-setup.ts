// Builds the extension once before the end-to-end files run, then tests a private copy of it: what ships,
// untouched by anyone rebuilding .output while the suite runs.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const started = Date.now();
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const copy = mkdtempSync(join(tmpdir(), 'newslens-ext-'));
  cpSync(join(root, '.output/chrome-mv3'), copy, { recursive: true });
  project.provide('extensionDir', copy);
  process.stdout.write(`e2e: built the extension in ${Date.now() - started} ms\n`);
  return () => rmSync(copy, { recursive: true, force: true });
}
