// One Firefox with the extension and one page server per test file.

import { afterAll, beforeAll, inject } from 'vitest';
import { startServer, type PageServer } from '../../e2e/support/server';
import { launchFirefox, type FirefoxHarness } from './firefox';

export interface FirefoxSession {
  ff: FirefoxHarness;
  server: PageServer;
}

/** Returns an object filled in beforeAll: read its fields inside tests only. */
export function useFirefox(): FirefoxSession {
  const session = {} as FirefoxSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.ff = await launchFirefox(inject('firefoxDir'));
  });
  afterAll(async () => {
    await session.ff?.close();
    await session.server?.close();
  });
  return session;
}
