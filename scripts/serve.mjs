// Serves the built site (dist/) on localhost, under the same base path it was built for.
// Used by `npm start`, the end-to-end tests and the benchmark, so all three see exactly
// what a plain static host would serve. No dependencies: any Node 22+ runs it.
//   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBasePath } from '../src/config/deployment.ts';

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

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks and filters are binary.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info;
  } catch {
    return undefined;
  }
}

function send(res, status, file, info, method) {
  res.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

async function notFound(res, method) {
  const page = join(root, '404.html');
  const info = await fileAt(page);
  if (info) return send(res, 404, page, info, method);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
}

const server = createServer(async (req, res) => {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (base !== '/' && pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (!pathname.startsWith(base)) return notFound(res, method);

  const relative = normalize(pathname.slice(base.length));
  const target = join(root, relative);
  if (target !== root && !target.startsWith(root + sep)) return notFound(res, method);

  const info = await fileAt(target);
  if (info?.isFile()) return send(res, 200, target, info, method);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const index = join(target, 'index.html');
    const indexInfo = await fileAt(index);
    if (indexInfo) return send(res, 200, index, indexInfo, method);
  }
  return notFound(res, method);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`快递面单防骗课堂 is being served at http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}${base}`);
  if (values.kiosk) {
    const start = `http://127.0.0.1:${values.port}${base}kiosk/`;
    console.log(`\nKiosk start page: ${start}`);
    console.log('Start Chromium in kiosk mode (full screen, no address bar, no pinch zoom, no way out):');
    console.log(
      `  chromium --kiosk --incognito --noerrdialogs --disable-translate --disable-pinch --overscroll-history-navigation=0 --disable-features=TranslateUI --no-first-run --disable-background-networking --disable-component-update --disable-sync "${start}"`,
    );
  }
  console.log('Press Ctrl+C to stop.');
});
