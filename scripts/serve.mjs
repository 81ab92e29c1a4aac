// Serves the built site (dist/) on localhost, under the same base path it was built for.
// Used by `npm start`, the end-to-end tests and the benchmark, so all three see exactly
// what a plain static host would serve. The files are served by sirv (the server behind
// Vite's preview), gzip-compressed as every common static host does (Lighthouse in
// `npm run bench` would otherwise time uncompressed text); this script adds the base path,
// the 404 page and the kiosk banner.
//   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist] [--kiosk]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { normaliseBasePath } from '../src/config/base-path.mjs';
import { KIOSK_CHROMIUM_FLAGS } from '../src/config/kiosk-browser.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
    kiosk: { type: 'boolean', default: false },
  },
});

const root = resolve(values.dir);
const base = normaliseBasePath(process.env.BASE_PATH);
const notFoundPage = join(root, '404.html');

const files = sirv(root, {
  // Every request is checked against the files on disk, so a rebuild is served at once.
  dev: true,
  // "<dir>/" serves "<dir>/index.html"; like many hosts, sirv tries "<dir>.html" first, which
  // is why the build never writes a file beside a page's folder (tests/dist/urls.test.ts).
  extensions: ['html'],
  setHeaders(res, pathname) {
    // A kiosk's pages are never kept, so the back-forward cache cannot show the next visitor
    // the last one's page (src/client/kiosk/visit.ts sends such a page to the start).
    const page = pathname.endsWith('.html') || pathname.endsWith('/');
    res.setHeader('Cache-Control', values.kiosk && page ? 'no-store' : 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // Pagefind's index chunks are binary files with their own extensions.
    if (/\.pf_(meta|index|fragment|filter)$/.test(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
  },
  onNoMatch: (_req, res) => notFound(res),
});

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : '404 Not Found');
}

// Text is compressed; Pagefind's files are compressed already and pass through as they are.
const compress = compression({ filter: (req, res) => !/\/pagefind\//.test(req.url ?? '') && compression.filter(req, res) });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (base !== '/' && url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) return notFound(res);
  // sirv serves from the folder's root: strip the base path the site was built under.
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  compress(req, res, () => files(req, res));
});

server.listen(Number(values.port), values.host, () => {
  console.log(`${values.dir} is being served at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}`);
  if (values.kiosk) {
    const start = `http://127.0.0.1:${values.port}${base}kiosk/`;
    console.log(`\nKiosk start page: ${start}`);
    console.log('Start Chromium in kiosk mode (full screen, no address bar, no pinch zoom, no way out):');
    console.log(`  chromium ${KIOSK_CHROMIUM_FLAGS.join(' ')} "${start}"`);
    console.log('To start both at boot and restart them if they stop, see deploy/kiosk/ and the README (触摸屏一体机).');
  }
  console.log('Press Ctrl+C to stop.');
});
