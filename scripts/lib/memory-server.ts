// Serves pages held in memory on 127.0.0.1: gunzipped corpus pages and generated fuzz pages need no
// files on disk, and every page gets a URL of its own, so no tab ever reuses another's cached result.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MemoryServer {
  origin: string;
  /** Serves `html` at `path` (which starts with /) and returns its full URL. */
  put(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startMemoryServer(): Promise<MemoryServer> {
  const pages = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!body) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    put: (path, html) => (pages.set(path, Buffer.from(html, 'utf8')), origin + path),
    close: () =>
      new Promise((ok) => {
        // keep-alive sockets from the browser would hold close() open
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
