// npm start [-- --headless] [--screenshot out.png]
// Builds the extension, serves a sample news page on 127.0.0.1 and opens Chromium with Newslens loaded
// and its sidebar open on that page.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension } from '../test/e2e/support/extension';
import { startServer } from '../test/e2e/support/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function usage(msg: string): never {
  process.stderr.write(`newslens start: ${msg}\nusage: npm start -- [--headless] [--screenshot out.png]\n`);
  process.exit(2);
}

const argv = process.argv.slice(2);
let headless = false;
let screenshot: string | null = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--headless') headless = true;
  else if (a === '--screenshot') screenshot = resolve(argv[++i] ?? usage('--screenshot needs a file name'));
  else usage(`unknown option ${a}`);
}
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  usage('no display to open a window on; try: npm start -- --headless --screenshot out.png');
}

process.stdout.write('Building the extension…\n');
execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startServer();
const h = await launchExtension({ origin: server.origin, headless });
const shutdown = async () => {
  await h.close().catch(() => undefined);
  await server.close();
};

try {
  const page = await h.context.newPage();
  await page.goto(`${server.origin}/pages/sample-article.html`);
  // what a click on the toolbar button grants, then what its "Open sidebar" button sends
  const tabId = await h.grantActiveTab(page);
  await h.extPage.evaluate((id) => chrome.runtime.sendMessage({ newslens: 1, type: 'open-sidebar', data: { tabId: id } }), tabId);
  await page.locator('newslens-sidebar [data-testid=analysis]').waitFor({ timeout: 15000 });
  await h.extPage.close();
  if (screenshot) {
    await page.screenshot({ path: screenshot });
    process.stdout.write(`Saved ${screenshot}\n`);
  }
  if (headless) {
    await shutdown();
  } else {
    process.stdout.write(`Newslens is open on ${page.url()}. Close the browser window to stop.\n`);
    await new Promise<void>((done) => h.context.on('close', () => done()));
    await shutdown();
  }
} catch (e) {
  process.stderr.write(`newslens start: ${e instanceof Error ? e.message : String(e)}\n`);
  await shutdown();
  process.exit(1);
}
