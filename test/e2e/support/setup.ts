// One browser with the extension and one page server per test file.

import { afterAll, beforeAll, inject } from 'vitest';
import { launchExtension, type Harness } from './extension';
import { startServer, type PageServer } from './server';

export interface Session {
  h: Harness;
  server: PageServer;
}

/** Returns an object filled in beforeAll: read its fields inside tests only. */
export function useBrowser(): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await startServer();
    session.h = await launchExtension({ origin: session.server.origin, extensionDir: inject('extensionDir') });
  });
  afterAll(async () => {
    await session.h?.close();
    await session.server?.close();
  });
  return session;
}
