/**
 * The service worker: the offline copy of the website. Bundled by esbuild at build time
 * (src/integration/service-worker.ts), which also puts the list of files to precache in
 * place of `self.__WB_MANIFEST`, each with the SRI hash of its content.
 *
 * What a first visit downloads in the background must not grow with the number of
 * articles, so only the shell is precached (the list comes from the build). Pages and the
 * search index's chunks are kept as they are visited; a page never visited opens the
 * /offline/ page, which says what can be read without a network.
 *
 * Nothing broken is kept: a precached file whose body does not match its hash fails the
 * install (the copy already in place stays in charge, and the next visit tries again), and
 * a visited page or search file is kept only when its body arrived whole.
 *
 * A new build takes over at once, but never pulls the floor from under an open tab: the
 * files of earlier builds stay until no tab that was open before it is left, so an old tab
 * that loads a script later still finds it. Pages are not reloaded (src/client/offline.ts).
 */
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { PrecacheController, PrecacheFallbackPlugin, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { endsLikeAPage, hasPromisedLength } from '../lib/offline/whole-response.ts';

interface WindowClient {
  id: string;
}
interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'fetch', listener: (event: { request: Request; waitUntil(promise: Promise<unknown>): void }) => void): void;
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
/** Which tabs were open when this build took over: their build's files are kept until they are gone. */
const EARLIER_TABS = new Request('/__kuaidi/earlier-tabs');
const BOOKKEEPING_CACHE = 'kuaidi-bookkeeping';

/** Keeps a response only when it arrived whole (src/lib/offline/whole-response.ts). */
const keepWholeOnly = (page: boolean) => ({
  cacheWillUpdate: async ({ response }: { response: Response }): Promise<Response | null> => {
    if (response.status !== 200) return null;
    try {
      const body = await response.clone().arrayBuffer();
      if (!hasPromisedLength(body.byteLength, response.headers.get('content-length'), response.headers.get('content-encoding'))) return null;
      if (page && !endsLikeAPage(new TextDecoder().decode(body))) return null;
      return response;
    } catch {
      // The body broke off while it was read.
      return null;
    }
  },
});

const precache = new PrecacheController();
precache.addToCacheList(manifest);
// Workbox's own activate step would delete the files of earlier builds at once; this worker
// does that itself, when no tab needs them (dropEarlierBuilds).
addEventListener('install', (event) => precache.install(event as Parameters<typeof precache.install>[0]));

async function earlierTabs(): Promise<string[]> {
  const stored = await (await caches.open(BOOKKEEPING_CACHE)).match(EARLIER_TABS);
  const ids: unknown = stored ? await stored.json().catch(() => []) : [];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

async function openTabs(): Promise<Set<string>> {
  return new Set((await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((client) => client.id));
}

/** Deletes earlier builds' files once no tab that was open when this build took over is left. */
async function dropEarlierBuilds(): Promise<void> {
  const waiting = await earlierTabs();
  const open = await openTabs();
  if (waiting.some((id) => open.has(id))) return;
  const files = await caches.open(precache.strategy.cacheName);
  const current = new Set(precache.getURLsToCacheKeys().values());
  for (const request of await files.keys()) if (!current.has(request.url)) await files.delete(request);
  const names = await caches.keys();
  await Promise.all(names.filter((name) => /^kuaidi-search-/.test(name) && name !== searchCache).map((name) => caches.delete(name)));
  await (await caches.open(BOOKKEEPING_CACHE)).delete(EARLIER_TABS);
}

// A new build takes over at once; open tabs keep what they loaded, and find the rest (above).
worker.skipWaiting();
worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const waiting = new Set([...(await earlierTabs()), ...(await openTabs())]);
      await (await caches.open(BOOKKEEPING_CACHE)).put(EARLIER_TABS, new Response(JSON.stringify([...waiting])));
      const names = await caches.keys();
      // Visited pages of an earlier build point at its stylesheets: the next visit fetches them again.
      await Promise.all(names.filter((name) => /^kuaidi-pages-/.test(name) && name !== pagesCache).map((name) => caches.delete(name)));
      await worker.clients.claim();
      await dropEarlierBuilds();
    })(),
  );
});
// Each page opened is a chance that the last earlier tab has gone.
worker.addEventListener('fetch', (event) => {
  if (event.request.mode === 'navigate') event.waitUntil(dropEarlierBuilds().catch(() => undefined));
});

// Pagefind adds ?ts=… to bust caches; the precache ignores it and the search query.
registerRoute(new PrecacheRoute(precache, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/] }));

/** A file of an earlier build, for a tab still showing it (hashed names: the same name is the same file). */
const fromEarlierBuild = (request: Request) => caches.match(request, { ignoreSearch: true });

// Scripts and styles not in this build: an open tab of an earlier one asking for its own.
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.origin === worker.location.origin && url.pathname.includes('/_astro/'),
  async ({ request }) => (await fromEarlierBuild(request)) ?? fetch(request),
);

// Pages: the newest copy when online, the saved copy offline, else the offline page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: pagesCache,
    networkTimeoutSeconds: 6,
    plugins: plugins(
      keepWholeOnly(true),
      new ExpirationPlugin({ maxEntries: VISITED_PAGES_KEPT }),
      new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PAGE, precacheController: precache }),
    ),
  }),
);

// Search index chunks and fragments have content-hashed names: a saved one is right,
// whichever build saved it.
const searchFiles = new CacheFirst({ cacheName: searchCache, plugins: plugins(keepWholeOnly(false), new ExpirationPlugin({ maxEntries: SEARCH_FILES_KEPT })) });
registerRoute(
  ({ url }) => url.pathname.includes('/pagefind/'),
  async (options) => (await fromEarlierBuild(options.request)) ?? searchFiles.handle(options),
);
