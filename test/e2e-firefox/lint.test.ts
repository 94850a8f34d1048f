// `web-ext lint`, offline, over the Firefox build as it ships: no error, and every warning traced (through
// the source maps of the same build) to a package we bundle, never to Newslens's own code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { SourceMapConsumer } from 'source-map-js';
import { describe, expect, inject, it } from 'vitest';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const lint = (sourceDir: string): Promise<LintResult> =>
  // the node API rather than the CLI: no update check over the network, no output to parse
  webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false }) as Promise<LintResult>;

/** The original source of a position in a built file, e.g. "node_modules/preact/src/diff/index.js". */
function sourceOf(dir: string, m: LintMessage): string {
  if (!m.file || !m.line) return 'manifest or locale';
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${m.file}.map`), 'utf8')));
  const at = map.originalPositionFor({ line: m.line, column: Math.max(0, (m.column ?? 1) - 1) });
  return (at.source ?? 'unknown').replace(/^(\.\.\/)+/, '');
}

describe('web-ext lint', () => {
  it('finds no error and no warning from our own code in the build that ships', async () => {
    const shipped = await lint(inject('firefoxDir'));
    const mapped = await lint(inject('firefoxMapsDir'));
    const where = mapped.warnings.map((w) => `${w.code} in ${w.file}: ${sourceOf(inject('firefoxMapsDir'), w)}`);
    console.info(`web-ext lint: ${JSON.stringify(shipped.summary)}\n  ${where.join('\n  ')}`);
    expect(shipped.errors).toEqual([]);
    expect(shipped.notices).toEqual([]);
    // the same warnings in both builds, so the maps speak for the shipped files
    expect(mapped.warnings.map((w) => w.code).sort()).toEqual(shipped.warnings.map((w) => w.code).sort());
    // a checkout whose node_modules links elsewhere (a git worktree) maps to "../other/node_modules/…"
    for (const line of where) expect(line).toMatch(/: (.*\/)?node_modules\//);
    expect(shipped.warnings.every((w) => w.file !== 'manifest.json')).toBe(true);
    // two full lints of the bundle: a minute each on two busy cores, and this measures no speed of ours
  }, 300_000);
});
