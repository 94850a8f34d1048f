// Fires the extension's own context-menu and command listeners in its service worker, as Chrome does on a
// menu click or a shortcut (native menus and shortcuts cannot be used headless).

import type { Harness } from './extension';

type Dispatchable = { dispatch(...args: unknown[]): void };

export async function dispatch(h: Harness, tabId: number, kind: 'menu' | 'command', payload: Record<string, unknown>): Promise<void> {
  const worker = await h.worker();
  const tab = { id: tabId, index: 0, windowId: -1, active: true, pinned: false, highlighted: true, incognito: false };
  await worker.evaluate(
    ([k, info, t]) => {
      if (k === 'menu') (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(info, t);
      else (chrome.commands.onCommand as unknown as Dispatchable).dispatch(info.command, t);
    },
    [kind, payload, tab] as const,
  );
}
