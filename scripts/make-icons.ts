// Renders public/icon.svg, the one source of the icons, to public/icon/<size>.png for the manifest and
// the stores. Uses Debian's Chromium through playwright-core, as the end-to-end tests do.
// Run after changing the SVG: npm run icons

import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));

async function main(): Promise<void> {
  const svg = readFileSync(`${PUBLIC}icon.svg`, 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    mkdirSync(`${PUBLIC}icon`, { recursive: true });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      // the browser scales the vector itself at each size: no blurry downscale of one large bitmap
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
      await page.screenshot({ path: `${PUBLIC}icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      process.stdout.write(`public/icon/${size}.png\n`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
