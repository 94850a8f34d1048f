// npm run -s analyze -- page.html [more.html ...] [--url URL] [--sentences N]
// One file: the Analysis as indented JSON. Several: one JSON object per line, in the order given.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../utils/analyze';

function usage(msg: string): never {
  process.stderr.write(`newslens analyze: ${msg}\nusage: npm run -s analyze -- page.html [more.html ...] [--url URL] [--sentences 1-7]\n`);
  process.exit(2);
}

const files: string[] = [];
let url: string | null = null;
let sentences: number | undefined;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--url') url = argv[++i] ?? usage('--url needs a value');
  else if (a === '--sentences') sentences = Number(argv[++i] ?? usage('--sentences needs a value'));
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else files.push(a);
}
if (!files.length) usage('no page given');

let failed = 0;
for (const file of files) {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`newslens analyze: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    failed++;
    // keep one line per file so batch consumers stay aligned
    if (files.length > 1) process.stdout.write('null\n');
    continue;
  }
  try {
    const { document } = parseHTML(html);
    const analysis = analyzeDocument(document as unknown as Document, {
      url: url ?? pathToFileURL(resolve(file)).href,
      summarySentences: sentences,
      clone: false,
    });
    process.stdout.write(files.length > 1 ? JSON.stringify(analysis) + '\n' : JSON.stringify(analysis, null, 2) + '\n');
  } catch (e) {
    // a page the pipeline cannot handle is reported, and the batch goes on
    process.stderr.write(`newslens analyze: could not analyse ${file}: ${(e as Error).message}\n`);
    failed++;
    if (files.length > 1) process.stdout.write('null\n');
  }
}
// exitCode, not exit(): stdout to a pipe is written asynchronously and must drain first
process.exitCode = failed ? 1 : 0;
