import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { LANGUAGE_TARGET } from '../config/browsers.ts';
import { SEARCH_WORDS_FILE } from '../lib/search/words.ts';

/**
 * Writes the service worker (src/client/service-worker.ts) with the list of files a first
 * visit precaches: the CSS and JS, icons, the search engine's code and word lists, the
 * /offline/ page and the pages it lists (home, the start-here articles, quiz, tools,
 * glossary, about, search), plus the whole search index while it is small. That list does not grow with
 * the number of articles.
 */

/** A search index up to this size (a small site) is precached whole: search then works offline for everything. */
const WHOLE_SEARCH_INDEX_UP_TO = 512 * 1024;

const OFFLINE_PAGE = 'offline/index.html';
const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';

/** Every file under dir, as paths relative to it with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

/** The files a first visit precaches, relative to outDir. */
async function shellFiles(outDir: string, offlinePages: readonly string[]): Promise<{ files: string[]; wholeSearchIndex: boolean }> {
  const pages = offlinePages.map(pageFile);
  const assets = (await filesUnder(join(outDir, '_astro'))).map((file) => `_astro/${file}`);
  // The share card is for other apps' link previews, not for reading.
  const icons = (await filesUnder(join(outDir, 'icons'))).filter((file) => file.endsWith('.png') && file !== 'share-card.png').map((file) => `icons/${file}`);
  const search = (await filesUnder(join(outDir, 'pagefind'))).map((file) => `pagefind/${file}`);
  let searchBytes = 0;
  for (const file of search) searchBytes += (await stat(join(outDir, file))).size;
  const wholeSearchIndex = searchBytes <= WHOLE_SEARCH_INDEX_UP_TO;
  // Beyond that, only the engine: its code, the entry and meta files and the filters. The
  // word lists the search reads queries with (search/words.json) always come along.
  const engine = wholeSearchIndex ? search : search.filter((file) => !file.slice('pagefind/'.length).includes('/') || file.startsWith('pagefind/filter/'));
  const searchCode = [...engine, SEARCH_WORDS_FILE];
  return { files: [...assets, 'favicon.svg', 'manifest.webmanifest', ...icons, OFFLINE_PAGE, ...pages, ...searchCode], wholeSearchIndex };
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
  if (code.split(MANIFEST_PLACEHOLDER).length !== 2) throw new Error(`src/client/service-worker.ts must use ${MANIFEST_PLACEHOLDER} exactly once.`);
  return code;
}

/** `offlinePages`: the site paths a first visit keeps (src/content/offline-pages.ts, through the build manifest). */
export async function writeServiceWorker(outDir: string, offlinePages: readonly string[]): Promise<{ count: number; size: number; wholeSearchIndex: boolean }> {
  const [{ files, wholeSearchIndex }, code] = await Promise.all([shellFiles(outDir, offlinePages), workerCode()]);
  let size = 0;
  // Workbox's manifest: each file with the hash of its content, so a new build re-downloads
  // exactly what changed, and with its SRI hash, so a body cut off or altered on the way
  // fails the install instead of being kept. (The revision is a SHA-384 too: since it
  // changed from MD5, every device fetches and checks each file once more.)
  const manifest = await Promise.all(
    files.map(async (url) => {
      const content = await readFile(join(outDir, url)).catch(() => {
        throw new Error(`The service worker should precache ${url}, but the build has no such file.`);
      });
      size += content.length;
      const digest = createHash('sha384').update(content).digest();
      return { url, revision: digest.toString('hex').slice(0, 32), integrity: `sha384-${digest.toString('base64')}` };
    }),
  );
  await writeFile(join(outDir, 'sw.js'), code.replace(MANIFEST_PLACEHOLDER, JSON.stringify(manifest)));
  return { count: manifest.length, size, wholeSearchIndex };
}
