import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { LANGUAGE_TARGET } from '../config/browsers.ts';
import { SEARCH_WORDS_FILE } from '../lib/search/words.ts';

/**
 * Writes the service worker (src/client/service-worker.ts) with two lists of files. The
 * shell, precached after a first visit: the CSS and JS, the word lists search reads queries
 * with, the /offline/ page and the shell pages (home and 查一查); small, since a phone on a
 * prepaid plan pays for what it downloads in the background. And the saved copy, kept when
 * the reader asks for it on /offline/: the other pages of src/content/offline-pages.ts, the
 * icons and the search engine (with the whole index while it is small). Neither list grows
 * with the number of articles. The saved copy's size goes to offline-copy.json too, so the
 * page can say it before the reader taps.
 */

/** A search index up to this size (a small site) is saved whole: search then works offline for everything. */
const WHOLE_SEARCH_INDEX_UP_TO = 512 * 1024;

const OFFLINE_PAGE = 'offline/index.html';
const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';
const COPY_PLACEHOLDER = 'self.__OFFLINE_COPY';
/** Where the saved copy's size is published for the page that offers it. */
export const OFFLINE_COPY_FILE = 'offline-copy.json';

/** Every file under dir, as paths relative to it with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

interface OfflineFiles {
  shell: string[];
  saved: string[];
  wholeSearchIndex: boolean;
}

/** The files of the shell and of the saved copy, relative to outDir. */
async function offlineFiles(outDir: string, pages: { shell: readonly string[]; saved: readonly string[] }): Promise<OfflineFiles> {
  const assets = (await filesUnder(join(outDir, '_astro'))).map((file) => `_astro/${file}`);
  // The share card is for other apps' link previews, not for reading.
  const icons = (await filesUnder(join(outDir, 'icons'))).filter((file) => file.endsWith('.png') && file !== 'share-card.png').map((file) => `icons/${file}`);
  const search = (await filesUnder(join(outDir, 'pagefind'))).map((file) => `pagefind/${file}`);
  let searchBytes = 0;
  for (const file of search) searchBytes += (await stat(join(outDir, file))).size;
  const wholeSearchIndex = searchBytes <= WHOLE_SEARCH_INDEX_UP_TO;
  // Beyond that, only the engine: its code, the entry and meta files and the filters.
  const engine = wholeSearchIndex ? search : search.filter((file) => !file.slice('pagefind/'.length).includes('/') || file.startsWith('pagefind/filter/'));
  return {
    shell: [...assets, 'favicon.svg', 'manifest.webmanifest', SEARCH_WORDS_FILE, OFFLINE_PAGE, ...pages.shell.map(pageFile)],
    saved: [...pages.saved.map(pageFile), ...icons, ...engine],
    wholeSearchIndex,
  };
}
async function workerCode(): Promise<string> {
  const bundle = await build({
    entryPoints: [resolve('src/client/service-worker.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    legalComments: 'none',
    target: LANGUAGE_TARGET,
    // Workbox logs every step unless it is told this is production.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = bundle.outputFiles[0]!.text;
  for (const placeholder of [MANIFEST_PLACEHOLDER, COPY_PLACEHOLDER]) {
    if (code.split(placeholder).length !== 2) throw new Error(`src/client/service-worker.ts must use ${placeholder} exactly once.`);
  }
  return code;
}

interface FileEntry {
  url: string;
  revision: string;
  integrity: string;
}

/** Workbox's manifest entries for files, with the gzip size of them all (what they cost to download). */
async function entriesFor(outDir: string, files: readonly string[]): Promise<{ entries: FileEntry[]; gzip: number }> {
  let gzip = 0;
  // Each file with the hash of its content, so a new build re-downloads exactly what
  // changed, and with its SRI hash, so a body cut off or altered on the way fails the
  // install instead of being kept.
  const entries = await Promise.all(
    files.map(async (url) => {
      const content = await readFile(join(outDir, url)).catch(() => {
        throw new Error(`The service worker should keep ${url} offline, but the build has no such file.`);
      });
      gzip += gzipSync(content, { level: 9 }).length;
      const digest = createHash('sha384').update(content).digest();
      return { url, revision: digest.toString('hex').slice(0, 32), integrity: `sha384-${digest.toString('base64')}` };
    }),
  );
  return { entries, gzip };
}

export interface OfflineCopySummary {
  shell: { count: number; gzip: number };
  saved: { count: number; gzip: number };
  wholeSearchIndex: boolean;
}

/** `pages`: the site paths of the shell and of the saved copy (src/content/offline-pages.ts, through the build manifest). */
export async function writeServiceWorker(outDir: string, pages: { shell: readonly string[]; saved: readonly string[] }): Promise<OfflineCopySummary> {
  const [files, code] = await Promise.all([offlineFiles(outDir, pages), workerCode()]);
  const [shell, saved] = await Promise.all([entriesFor(outDir, files.shell), entriesFor(outDir, files.saved)]);
  const copy = { files: saved.entries };
  await writeFile(join(outDir, 'sw.js'), code.replace(MANIFEST_PLACEHOLDER, JSON.stringify(shell.entries)).replace(COPY_PLACEHOLDER, JSON.stringify(copy)));
  await writeFile(join(outDir, OFFLINE_COPY_FILE), JSON.stringify({ gzip: saved.gzip, files: saved.entries.length }));
  return { shell: { count: shell.entries.length, gzip: shell.gzip }, saved: { count: saved.entries.length, gzip: saved.gzip }, wholeSearchIndex: files.wholeSearchIndex };
}
