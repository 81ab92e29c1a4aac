import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Writes the service worker that keeps a copy of the website on the device.
 *
 * What a first visit downloads in the background must not grow with the number of
 * articles (issue: 300 articles cost 6.8 MB before): only the shell is precached, that is
 * the CSS and JS, icons, the search engine's code, and the pages the /offline/ page lists
 * (home, the start-here articles, quiz, tools, glossary, about, search). Every other page,
 * and the search index's chunks, are cached as they are visited. A page never visited
 * opens the /offline/ page, which says what can be read without a network.
 *
 * Workbox precaches by content hash: a new build changes the hashes, the new worker takes
 * over and the page reloads once (src/client/offline.ts), so a visit never mixes builds.
 * The caches of visited pages carry the build's id, and the new worker deletes the old
 * ones: an old page would point at stylesheets that no longer exist.
 */

/** A search index up to this size (a small site) is precached whole: search then works offline for everything. */
const WHOLE_SEARCH_INDEX_UP_TO = 512 * 1024;
/** Visited pages and search chunks kept at most; the oldest go first. */
const VISITED_PAGES_KEPT = 80;
const SEARCH_FILES_KEPT = 300;

const OFFLINE_PAGE = 'offline/index.html';

/** The paths the built /offline/ page lists as available offline (data-offline-page). */
export async function offlinePagePaths(outDir: string): Promise<string[]> {
  const html = await readFile(join(outDir, OFFLINE_PAGE), 'utf8').catch(() => {
    throw new Error(`${OFFLINE_PAGE} is missing from ${outDir}: the service worker precaches the pages it lists (src/pages/offline.astro).`);
  });
  const paths = [...html.matchAll(/data-offline-page="([^"]+)"/g)].map((match) => match[1]!);
  if (paths.length === 0) throw new Error(`${OFFLINE_PAGE} lists no page with data-offline-page.`);
  return paths;
}

async function folderBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}

/** Changes whenever the build's code, styles or search index change. */
async function buildId(outDir: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update((await readdir(join(outDir, '_astro'))).sort().join('\n'));
  hash.update(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json')));
  return hash.digest('hex').slice(0, 10);
}

const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number; warnings: string[]; wholeSearchIndex: boolean }> {
  const pages = (await offlinePagePaths(outDir)).map(pageFile);
  const wholeSearchIndex = (await folderBytes(join(outDir, 'pagefind'))) <= WHOLE_SEARCH_INDEX_UP_TO;
  const id = await buildId(outDir);
  const pagesCache = `kuaidi-pages-${id}`;
  const searchCache = `kuaidi-search-${id}`;

  const result = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      '_astro/**/*',
      'favicon.svg',
      'manifest.webmanifest',
      'icons/*.png',
      OFFLINE_PAGE,
      ...pages,
      ...(wholeSearchIndex
        ? ['pagefind/**/*']
        : ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/*.pagefind', 'pagefind/*.pf_meta', 'pagefind/filter/*']),
    ],
    // The share card is for other apps' link previews, not for reading.
    globIgnores: ['icons/share-card.png'],
    swDest: join(outDir, 'sw.js'),
    // Pagefind adds ?ts=… to its requests to bust caches; the precache ignores it.
    ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    mode: 'production',
    sourcemap: false,
    runtimeCaching: [
      {
        // Pages: the newest copy when online, the saved copy offline, else the offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: pagesCache,
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: VISITED_PAGES_KEPT },
          precacheFallback: { fallbackURL: OFFLINE_PAGE },
        },
      },
      {
        // Search index chunks and fragments have content-hashed names: a saved one is right.
        urlPattern: ({ url }) => url.pathname.includes('/pagefind/'),
        handler: 'CacheFirst',
        options: { cacheName: searchCache, expiration: { maxEntries: SEARCH_FILES_KEPT } },
      },
    ],
  });
  await appendFile(
    join(outDir, 'sw.js'),
    `\nself.addEventListener("activate",e=>{e.waitUntil(caches.keys().then(k=>Promise.all(k.filter(n=>/^kuaidi-(pages|search)-/.test(n)&&n!==${JSON.stringify(pagesCache)}&&n!==${JSON.stringify(searchCache)}).map(n=>caches.delete(n)))))});\n`,
  );
  return { ...result, wholeSearchIndex };
}
