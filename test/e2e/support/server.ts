// A tiny static server on 127.0.0.1: our own pages under /pages/, the shared fixtures under /fixtures/.

import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const PAGES_DIR = join(ROOT, 'test/e2e/pages');
export const FIXTURES_DIR = resolve(ROOT, '../shared/fixtures');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.css': 'text/css', '.pdf': 'application/pdf' };

/** A page made by a test (generated, or served with headers of its own such as a CSP). */
export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  origin: string;
  /** every path requested, in order: lets a test see that the extension fetched nothing */
  requests: string[];
  /** serves `route` at `path` (which should start with /made/) from now on */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const requests: string[] = [];
  const routes = new Map<string, Route>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const made = routes.get(path);
    if (made) return void res.writeHead(200, { 'content-type': made.type ?? TYPES['.html']!, ...made.headers }).end(made.body);
    const [, area, ...rest] = path.split('/');
    const base = area === 'pages' ? PAGES_DIR : area === 'fixtures' ? FIXTURES_DIR : null;
    const file = base && normalize(join(base, ...rest));
    if (!file || !file.startsWith(base)) return void res.writeHead(404).end('not found');
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (path, route) => void routes.set(path, route),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
