/**
 * The service worker: the offline copy of the website. Bundled by esbuild at build time
 * (src/integration/service-worker.ts), which also puts the list of files to precache in
 * place of `self.__WB_MANIFEST`.
 *
 * What a first visit downloads in the background must not grow with the number of
 * articles, so only the shell is precached (the list comes from the build). Pages and the
 * search index's chunks are kept as they are visited; a page never visited opens the
 * /offline/ page, which says what can be read without a network.
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
}
const worker = self as unknown as WorkerScope;

// Written out in full: the build replaces this exact text with the list of files.
const manifest = (self as unknown as WorkerScope).__WB_MANIFEST;
const OFFLINE_PAGE = 'offline/index.html';
/** Visited pages and search chunks kept at most; the oldest go first. */
const VISITED_PAGES_KEPT = 80;
const SEARCH_FILES_KEPT = 300;

/**
 * The build's id, from the revisions of its precached files. The caches of visited pages
 * carry it, and a new build's worker deletes the old ones: an old page would point at
 * stylesheets that no longer exist.
 */
function buildId(entries: readonly PrecacheEntry[]): string {
  let hash = 2166136261;
  for (const entry of entries) {
    for (const char of `${entry.url}${entry.revision ?? ''}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  }
  return hash.toString(36);
}
const build = buildId(manifest);

// Workbox's plugin classes declare their hooks as possibly undefined, which this project's
// strict optional types reject; they are plugins all the same.
const plugins = (...list: object[]) => list as WorkboxPlugin[];
const pagesCache = `kuaidi-pages-${build}`;
const searchCache = `kuaidi-search-${build}`;

// A new build takes over at once; the page reloads itself once (src/client/offline.ts).
worker.skipWaiting();
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    worker.clients.claim().then(async () => {
      const names = await caches.keys();
      const stale = names.filter((name) => /^kuaidi-(pages|search)-/.test(name) && name !== pagesCache && name !== searchCache);
      await Promise.all(stale.map((name) => caches.delete(name)));
    }),
  );
});

// Pagefind adds ?ts=… to bust caches; the precache ignores it and the search query.
precacheAndRoute(manifest, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/] });
cleanupOutdatedCaches();

// Pages: the newest copy when online, the saved copy offline, else the offline page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: pagesCache,
    networkTimeoutSeconds: 6,
    plugins: plugins(new ExpirationPlugin({ maxEntries: VISITED_PAGES_KEPT }), new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PAGE })),
  }),
);

// Search index chunks and fragments have content-hashed names: a saved one is right.
registerRoute(
  ({ url }) => url.pathname.includes('/pagefind/'),
  new CacheFirst({ cacheName: searchCache, plugins: plugins(new ExpirationPlugin({ maxEntries: SEARCH_FILES_KEPT })) }),
);
