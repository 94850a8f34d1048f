// The yardstick for npm run bench:browser's click -> result figure: an extension whose toolbar popup asks
// its service worker, which injects Readability into the tab, parses a clone of the page and sends back
// the title and the text, which the popup renders. The same route as Newslens (popup -> worker -> script
// in the page -> popup), with nothing but Readability on it.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'Readability baseline',
  version: '1.0.0',
  permissions: ['activeTab', 'scripting'],
  action: { default_popup: 'popup.html' },
  background: { service_worker: 'worker.js' },
};

// a first paint as early as Newslens's popup has one (its "Analysing…" status), then the result
const POPUP_HTML = '<!doctype html><meta charset="utf-8"><body style="width:380px"><p>Reading…</p><script src="popup.js"></script></body>';

const POPUP_JS = `
chrome.tabs.query({ active: true, currentWindow: true }).then(async ([tab]) => {
  const r = await chrome.runtime.sendMessage({ tabId: tab.id });
  const out = document.createElement('article');
  out.dataset.testid = 'analysis';
  const h = document.createElement('h1');
  h.textContent = r.title;
  const p = document.createElement('p');
  p.textContent = r.text;
  out.append(h, p);
  document.body.replaceChildren(out);
});`;

const WORKER_JS = `
chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  chrome.scripting.executeScript({ target: { tabId: msg.tabId }, files: ['reader.js'] }).then(([r]) => reply(r.result));
  return true;
});`;

/** Writes the baseline extension to a new temporary folder and returns it. */
export function writeBaselineExtension(readabilitySrc: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-baseline-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
  writeFileSync(join(dir, 'popup.js'), POPUP_JS);
  writeFileSync(join(dir, 'worker.js'), WORKER_JS);
  // the script's last expression is what executeScript hands back
  const parse = '(() => { const a = new NewslensReadability.Readability(document.cloneNode(true)).parse(); return { title: a?.title ?? "", text: a?.textContent ?? "" }; })();';
  writeFileSync(join(dir, 'reader.js'), `${readabilitySrc}\n${parse}`);
  return dir;
}
