// The command line a scorer or a shell script drives: one JSON per page, clear failures.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const seed = fileURLToPath(new URL('../../shared/fixtures/seed-stargate/index.html', import.meta.url));
const home = fileURLToPath(new URL('./e2e/pages/section-front.html', import.meta.url));
const analyze = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run analyze', () => {
  it('prints one Analysis for one page, with the URL given', () => {
    const r = analyze(seed, '--url', 'https://news.example/a');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ url: 'https://news.example/a', isArticle: true });
    expect(a.summary).toHaveLength(3);
  });

  it('prints one line per page, in order, and a non-article is a normal result', () => {
    const r = analyze(seed, home, seed, '--sentences', '2');
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((a) => a.isArticle)).toEqual([true, false, true]);
    expect(rows[0].summary).toHaveLength(2);
  });

  it('says which file it could not read and exits non-zero, keeping the other lines aligned', () => {
    const r = analyze(seed, '/nonexistent/page.html');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read \/nonexistent\/page\.html: ENOENT/);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('explains its usage when given nothing', () => {
    const r = analyze();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
