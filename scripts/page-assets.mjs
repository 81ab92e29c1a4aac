// What a built page makes the browser download: its HTML, its stylesheets and the
// JavaScript it loads at once (module scripts and the chunks they import statically).
// Chunks behind a dynamic import() — the search dialog, the result-card drawing — load
// only when used, so they are listed apart. Used by the budget tests and `npm run bench`.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

function sizeOf(file) {
  const buffer = readFileSync(file);
  return { file, raw: buffer.length, gzip: gzipSize(buffer) };
}

/** Maps a URL path in the page ("/_astro/x.js", base-aware) to a file in dist. */
function fileFor(dist, base, url) {
  const path = url.split(/[?#]/)[0];
  const relative = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(dist, relative);
}

// Rolldown writes module paths in "…", '…' or `…`.
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\.?\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g;

export function pageAssets(dist, htmlFile, base = '/') {
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => sizeOf(fileFor(dist, base, m[1])));
  // Module scripts and modulepreloads are both downloaded up front.
  const entries = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => fileFor(dist, base, m[1]));
  const inline = (pattern) => [...html.matchAll(pattern)].reduce((sum, m) => sum + Buffer.byteLength(m[1]), 0);
  const inlineStyle = inline(/<style\b[^>]*>([\s\S]*?)<\/style>/g);
  const inlineScript = inline(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g);

  const eager = new Map();
  const onDemand = new Map();
  const visit = (file, lazy) => {
    if (eager.has(file) || (lazy && onDemand.has(file))) return;
    const size = sizeOf(file);
    if (lazy) onDemand.set(file, size);
    else {
      onDemand.delete(file);
      eager.set(file, size);
    }
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(posix.join(dirname(file), m[1]), lazy);
    for (const m of code.matchAll(DYNAMIC_IMPORT)) visit(posix.join(dirname(file), m[1]), true);
  };
  for (const entry of entries) visit(entry, false);

  const htmlSize = { file: htmlFile, raw: Buffer.byteLength(html), gzip: gzipSize(Buffer.from(html)), inlineStyle, inlineScript };
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  const js = [...eager.values()];
  const named = new Set(entries);
  return {
    html: htmlSize,
    css,
    js,
    // Loaded at once, but named only inside another script: the browser finds it a round trip later.
    late: js.filter((script) => !named.has(script.file)),
    onDemand: [...onDemand.values()],
    totals: {
      cssGzip: sum(css, 'gzip'),
      jsGzip: sum(js, 'gzip'),
      firstVisitGzip: htmlSize.gzip + sum(css, 'gzip') + sum(js, 'gzip'),
      firstVisitRaw: htmlSize.raw + sum(css, 'raw') + sum(js, 'raw'),
      requests: 1 + css.length + js.length,
    },
  };
}
