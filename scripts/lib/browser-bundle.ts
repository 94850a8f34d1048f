// IIFE bundles, built in memory with esbuild, of code we inject into real pages: Readability alone (the
// benchmark's yardstick) and the pure pipeline (fuzzing in Chromium). Nothing is written to disk, so
// this never races a concurrent `wxt build` writing .output.

import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function iife(globalName: string, input: Pick<BuildOptions, 'entryPoints' | 'stdin'>): Promise<string> {
  const out = await build({
    ...input,
    absWorkingDir: ROOT,
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    // minified like the extension's own build, so both sides pay the same kind of code
    minify: true,
    write: false,
    logLevel: 'silent',
    // Playwright runs a string through eval(), where a strict bundle's top-level var stays local: publish
    // the global explicitly. Evaluated through the DevTools protocol, the script is not blocked by a saved
    // page's Content-Security-Policy as a <script> would be.
    footer: { js: `globalThis.${globalName} = ${globalName}; void 0;` },
  });
  return out.outputFiles[0]!.text;
}

/** Script defining the global `NewslensReadability.Readability`, for page.evaluate. */
export const readabilityBundle = (): Promise<string> =>
  iife('NewslensReadability', { stdin: { contents: "export { Readability } from '@mozilla/readability';", resolveDir: ROOT, loader: 'ts' } });

/** Script defining the global `NewslensPipeline.analyzeDocument` (the extension's own pipeline), for page.evaluate. */
export const pipelineBundle = (): Promise<string> => iife('NewslensPipeline', { entryPoints: ['utils/analyze.ts'] });

