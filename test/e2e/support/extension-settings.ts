// What a reader (or an update) does to the installed extension from chrome://extensions: reload it, or
// turn off its access to file URLs (which reloads it too). Either way its worker, its extension pages and
// its injected scripts are cut off; the harness then waits for the new instance and opens a new extPage.

import type { Harness } from './extension';

type DeveloperPrivate = {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(c: { extensionId: string; fileAccess: boolean }): Promise<void>;
  reload(id: string, options: { failQuietly: boolean }): Promise<void>;
};

export async function changeExtension(h: Harness, change: 'reload' | 'no-file-access'): Promise<void> {
  const settings = await h.context.newPage();
  await settings.goto(`chrome://extensions/?id=${h.extensionId}`);
  const cutOff = new Promise((r) => h.extPage.once('close', r));
  await settings.evaluate(
    async ([id, what]) => {
      const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
      // outside developer mode Chrome disables a command-line extension as soon as it reloads
      await api.updateProfileConfiguration({ inDeveloperMode: true });
      if (what === 'reload') await api.reload(id, { failQuietly: true });
      else await api.updateExtensionConfiguration({ extensionId: id, fileAccess: false });
    },
    [h.extensionId, change] as const,
  );
  await cutOff;
  await settings.close();
  await h.reopen();
}
