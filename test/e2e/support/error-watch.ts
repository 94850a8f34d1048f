// Uncaught errors wherever Newslens runs: the pages it reads (every script world, the content scripts'
// included), and the service worker across restarts (uncaught errors, unhandled rejections, console errors).

import type { BrowserContext, Page, Worker } from 'playwright-core';

export interface ErrorWatch {
  /** uncaught exceptions in watched pages, in any world */
  page: string[];
  /** console errors of watched pages (CSP violations show up here) */
  pageConsole: string[];
  /** uncaught errors, unhandled rejections and console errors of the extension's service worker */
  worker: string[];
  watchPage(page: Page): Promise<void>;
}

// Runs inside the service worker: reports what would otherwise only reach chrome://extensions.
function installReporter(): void {
  const g = self as unknown as { __newslensWatch?: boolean };
  if (g.__newslensWatch) return;
  g.__newslensWatch = true;
  self.addEventListener('error', (e) => console.error(`uncaught: ${(e as ErrorEvent).message}`));
  self.addEventListener('unhandledrejection', (e) => {
    const reason: unknown = (e as PromiseRejectionEvent).reason;
    console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
  });
}

export function watchErrors(context: BrowserContext, extensionOrigin: string): ErrorWatch {
  const watch: ErrorWatch = { page: [], pageConsole: [], worker: [], watchPage: async () => undefined };
  const seen = new WeakSet<Worker>();
  const onWorker = (w: Worker) => {
    if (!w.url().startsWith(extensionOrigin) || seen.has(w)) return;
    seen.add(w);
    w.on('console', (m) => {
      if (m.type() === 'error') watch.worker.push(m.text());
    });
    // a worker stopped right away takes the evaluation with it: nothing to report then
    w.evaluate(installReporter).catch(() => undefined);
  };
  context.serviceWorkers().forEach(onWorker);
  context.on('serviceworker', onWorker);

  watch.watchPage = async (page: Page) => {
    const session = await context.newCDPSession(page);
    session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      watch.page.push(`${page.url()}: ${d.exception?.description ?? d.text}`);
    });
    await session.send('Runtime.enable');
    page.on('console', (m) => {
      if (m.type() === 'error') watch.pageConsole.push(`${page.url()}: ${m.text()}`);
    });
  };
  return watch;
}
