import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { BASE } from './site.ts';

/**
 * A static host for the built site that a test controls: it serves a private copy of a
 * build (so a test can "deploy" by changing files, without touching dist/), and breaks the
 * responses it is told to, the way a flaky mobile network or a proxy does. Reusable by any
 * test that needs a bad network or a deploy:
 *
 *   const host = await startFaultServer();
 *   host.inject('/_astro/x.js', 'truncate', { from: 'fetch' });
 *   …
 *   host.clear();
 *   await host.close();
 */
export type Fault =
  /** A 200 whose body was cut in half, with a Content-Length that matches the cut body (a proxy that gave up). */
  | 'truncate'
  /** A 200 that promises the whole length, sends half and drops the connection. */
  | 'drop'
  /** A server error. */
  | 'status-500';

export interface FaultOptions {
  /**
   * Which requests to break: `fetch` only those made by fetch() (a service worker filling
   * its cache, Pagefind loading its files), `any` every request for the path.
   */
  from?: 'fetch' | 'any';
}

export interface FaultServer {
  /** The site's address on this server, with the base path. */
  origin: string;
  /** The folder served: change files here to deploy. */
  root: string;
  inject(path: string, fault: Fault, options?: FaultOptions): void;
  clear(): void;
  /** Site paths requested so far, with how (Sec-Fetch-Dest), in order. */
  requests: { path: string; dest: string }[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

function fileFor(root: string, sitePath: string): string | null {
  const relative = decodeURIComponent(sitePath.slice(BASE.length));
  for (const candidate of [join(root, relative), join(root, relative, 'index.html')]) {
    if (!candidate.startsWith(root)) return null;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export async function startFaultServer(from = 'dist'): Promise<FaultServer> {
  const root = mkdtempSync(join(tmpdir(), 'fangpian-host-'));
  cpSync(from, root, { recursive: true });
  const faults = new Map<string, { fault: Fault; from: 'fetch' | 'any' }>();
  const requests: FaultServer['requests'] = [];

  const server: Server = createServer((request: IncomingMessage, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const dest = String(request.headers['sec-fetch-dest'] ?? '');
    requests.push({ path, dest });
    const file = path.startsWith(BASE) ? fileFor(root, path) : null;
    if (!file) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    const body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    const planned = faults.get(path);
    const applies = planned && (planned.from === 'any' || dest === 'empty');
    if (!applies) {
      response.writeHead(200, { ...headers, 'Content-Length': body.length });
      response.end(body);
      return;
    }
    const half = body.subarray(0, Math.floor(body.length / 2));
    switch (planned.fault) {
      case 'truncate':
        response.writeHead(200, { ...headers, 'Content-Length': half.length });
        response.end(half);
        return;
      case 'drop':
        response.writeHead(200, { ...headers, 'Content-Length': body.length });
        response.write(half, () => response.socket?.destroy());
        return;
      case 'status-500':
        response.writeHead(500, { 'Content-Type': 'text/plain' });
        response.end('Internal Server Error');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The fault server did not get a port.');

  return {
    origin: `http://127.0.0.1:${address.port}${BASE}`,
    root,
    inject: (path, fault, options = {}) => faults.set(path, { fault, from: options.from ?? 'any' }),
    clear: () => faults.clear(),
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A fault host and a fresh browser context for one test, both closed afterwards whatever happens. */
export async function withFaultHost(
  browser: Browser,
  serviceWorkers: 'allow' | 'block',
  use: (host: FaultServer, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const host = await startFaultServer();
  const context = await browser.newContext({ serviceWorkers });
  try {
    await use(host, context);
  } finally {
    await context.close();
    await host.close();
  }
}
