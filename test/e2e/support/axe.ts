// axe-core in a page of the browser under test. The source is evaluated rather than added as a <script>:
// extension pages forbid inline scripts (their CSP), and evaluation through the protocol is not subject to it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeReport {
  passes: number;
  violations: AxeFinding[];
  /** the violations that fail the suite */
  blocking: AxeFinding[];
}

/** Runs axe on the page, or inside one shadow root: `shadow` is [host selector, selector inside it]. */
export async function runAxe(page: Page, shadow?: [string, string]): Promise<AxeReport> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (within) => {
    type Axe = {
      run(context: unknown, options: unknown): Promise<{
        passes: unknown[];
        violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const context = within ? { include: [{ fromShadowDom: within }] } : document;
    const r = await axe.run(context, { resultTypes: ['violations', 'passes'] });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) })),
    };
  }, shadow ?? null);
  return { ...result, blocking: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}

export const describeAxe = (name: string, r: AxeReport): string =>
  `axe ${name}: ${r.passes} rules pass, ${r.violations.length} violations` +
  r.violations.map((v) => `\n  [${v.impact}] ${v.id}: ${v.help} (${v.targets.join(' ')})`).join('');
