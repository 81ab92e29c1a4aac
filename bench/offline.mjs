// Offline benchmark: what the service worker downloads in the background after a first
// visit (its shell, read from the built sw.js: exactly the files it fetches on install), and
// what the offline copy the reader can ask for on /offline/ adds. Goal: the shell with the
// page being read under 150 KB gzip (the budget precacheGzip), however many articles there are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, kb } from './lib.mjs';

export function benchOffline({ dist = 'dist' } = {}) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const copyAt = sw.indexOf('"files":[');
  const urls = (text) => [...text.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => match[1]);
  const measure = (files) => {
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
  };
  return { ...measure(urls(sw.slice(0, copyAt))), savedCopy: measure(urls(sw.slice(copyAt))) };
}

export const describeOffline = (result) =>
  `${kb(result.gzip)} gzip in ${result.files} files (${result.pages} pages); the copy saved on request adds ${kb(result.savedCopy.gzip)} in ${result.savedCopy.files} files (${result.savedCopy.pages} pages, ${result.savedCopy.searchIndexFiles} search files)`;
