// Offline benchmark: what the service worker downloads in the background after a first
// visit (its precache, read from the built sw.js: exactly the files it fetches on install).
// Goal: under 1.5 MB gzip however many articles there are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, kb } from './lib.mjs';

export function benchOffline({ dist = 'dist' } = {}) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const files = [...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => match[1]);
  const sizes = files.map((file) => {
    const buffer = readFileSync(join(dist, file));
    return { file, raw: buffer.length, gzip: gzipBytes(buffer) };
  });
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return {
    files: files.length,
    raw: sum('raw'),
    gzip: sum('gzip'),
    pages: files.filter((file) => file.endsWith('.html')).length,
    searchIndexFiles: files.filter((file) => file.startsWith('pagefind/')).length,
  };
}

export const describeOffline = (result) => `${kb(result.gzip)} gzip in ${result.files} files (${result.pages} pages, ${result.searchIndexFiles} search files)`;
