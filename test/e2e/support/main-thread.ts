// How long the page's main thread was blocked while something ran: the longest task on the page
// renderer's main thread, read from a Chromium trace (exact at any length), and the page's own
// PerformanceObserver for long tasks (50 ms and over), which needs no trace and cannot be fooled by it.

import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: Array<{ url: string; processId: number; parent?: string }> } };
}

export interface MainThreadReport {
  /** longest task on the page's main thread, in ms */
  longestTask: number;
  /** PerformanceObserver 'longtask' durations, in ms */
  longTasks: number[];
}

export async function watchMainThread<T>(browser: Browser, page: Page, run: () => Promise<T>): Promise<{ result: T } & MainThreadReport> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] });
  const result = await run();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  // let the observer deliver its last entries
  const longTasks = await page.evaluate(() => new Promise<number[]>((r) => setTimeout(() => r((window as unknown as { __longTasks: number[] }).__longTasks), 50)));

  const events = trace.traceEvents;
  const url = page.url();
  const pid = events.flatMap((e) => e.args?.data?.frames ?? []).find((f) => f.url === url && !f.parent)?.processId;
  const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === undefined || tid === undefined) throw new Error(`no renderer main thread for ${url} in the trace`);
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const longestTask = Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
  return { result, longestTask: Math.round(longestTask * 10) / 10, longTasks };
}
