/**
 * The service worker: the offline copy of the website. Bundled by esbuild at build time
 * (src/integration/service-worker.ts), which also puts two lists of files in place of
 * `self.__WB_MANIFEST` and `self.__OFFLINE_COPY`, each file with the SRI hash of its content.
 *
 * A first visit costs a phone little: only the shell is precached (scripts, styles, home,
 * 查一查 and the /offline/ page), with the page being read. Search files are kept when the
 * reader first searches, pages as they are visited. The rest of the offline copy (the other
 * pages of /offline/'s list, the search engine and index, the icons) is saved only when the
 * reader asks for it there, and from then on kept up to date. A page never visited and not
 * saved opens the /offline/ page, which says what can be read without a network.
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
  url: string;
}
interface OfflineCopy {
  files: PrecacheEntry[];
}
interface MessageEvent {
  data: unknown;
  ports: readonly MessagePort[];
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  __OFFLINE_COPY: OfflineCopy;
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]> };
  addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'fetch', listener: (event: { request: Request; waitUntil(promise: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

// Written out in full: the build replaces these exact texts with the lists of files.
const manifest = (self as unknown as WorkerScope).__WB_MANIFEST;
const offlineCopy = (self as unknown as WorkerScope).__OFFLINE_COPY;
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
/** Set once the reader has saved the offline copy: each new build then brings it up to date. */
const COPY_WANTED = new Request('/__kuaidi/offline-copy-wanted');
const COPY_CACHE = 'kuaidi-offline-copy';

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
/** The saved copy: its own precache, filled only when the reader asks (saveCopy). */
const copy = new PrecacheController({ cacheName: COPY_CACHE });
copy.addToCacheList(offlineCopy.files);
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
  // An earlier build's saved files stay until this build's copy is whole: offline, they are better than nothing.
  if (await copySaved()) {
    const saved = await caches.open(COPY_CACHE);
    const inCopy = new Set(copy.getURLsToCacheKeys().values());
    for (const request of await saved.keys()) if (!inCopy.has(request.url)) await saved.delete(request);
  }
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
      await keepPagesBeingRead();
      await dropEarlierBuilds();
    })(),
  );
});

/** The page being read when the worker first took over was fetched before it existed: keep it too. */
async function keepPagesBeingRead(): Promise<void> {
  const pages = await caches.open(pagesCache);
  const open = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  await Promise.all(
    open.map(async ({ url }) => {
      if (new URL(url).origin !== worker.location.origin || (await pages.match(url))) return;
      const response = await fetch(url).catch(() => null);
      const kept = response && (await keepWholeOnly(true).cacheWillUpdate({ response }));
      if (kept) await pages.put(url, kept);
    }),
  );
}

/**
 * Fills the saved copy. Workbox's precache strategy stores what it fetches only during an
 * install event (it tells by the event's type); the copy is saved later, on the reader's
 * request or on the first page opened after a new build, so it is handed an event that says "install" and
 * extends the real one.
 */
function installCopy(event: { waitUntil(promise: Promise<unknown>): void }): Promise<unknown> {
  const asInstall = { type: 'install', waitUntil: (promise: Promise<unknown>) => event.waitUntil(promise) };
  return copy.install(asInstall as unknown as Parameters<typeof copy.install>[0]);
}

/** Whether every file of this build's saved copy is in the cache. */
async function copySaved(): Promise<boolean> {
  const saved = new Set((await (await caches.open(COPY_CACHE)).keys()).map((request) => request.url));
  return [...copy.getURLsToCacheKeys().values()].every((url) => saved.has(url));
}

/** Saves the offline copy, when the reader asks; a file that does not match its hash fails it, and nothing half-saved is claimed. */
async function saveCopy(event: MessageEvent): Promise<boolean> {
  await (await caches.open(BOOKKEEPING_CACHE)).put(COPY_WANTED, new Response('1'));
  await installCopy(event);
  return copySaved();
}

// The /offline/ page asks whether the copy is saved (what it costs is in offline-copy.json), and asks to save it.
worker.addEventListener('message', (event) => {
  const port = event.ports[0];
  const type = (event.data as { type?: unknown } | null)?.type;
  if (!port) return;
  if (type === 'offline-copy:status') event.waitUntil(copySaved().then((saved) => port.postMessage({ saved })));
  if (type === 'offline-copy:save') event.waitUntil(saveCopy(event).then((saved) => port.postMessage({ saved }), () => port.postMessage({ saved: false })));
});

/** The saved copy's file for a request, if the reader saved it (pages are saved as their index.html). */
async function fromCopy(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  url.search = '';
  const key = copy.getCacheKeyForURL(url.href);
  return key ? ((await (await caches.open(COPY_CACHE)).match(key)) ?? undefined) : undefined;
}
let refreshing: Promise<unknown> | undefined;

/**
 * A copy the reader saved follows each new build: only the files that changed are fetched,
 * in the background of a page being opened (never while the worker activates, when every
 * page would wait for it), and not when the phone asks to save data.
 */
async function refreshCopy(event: { waitUntil(promise: Promise<unknown>): void }): Promise<void> {
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (saveData || !(await (await caches.open(BOOKKEEPING_CACHE)).match(COPY_WANTED)) || (await copySaved())) return;
  refreshing ??= installCopy(event).finally(() => (refreshing = undefined));
  await refreshing;
}

// Each page opened is a chance that the last earlier tab has gone, and to bring a saved copy up to date.
worker.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') return;
  event.waitUntil(
    (async () => {
      await refreshCopy(event).catch(() => undefined);
      await dropEarlierBuilds();
    })().catch(() => undefined),
  );
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
      // Not online and not visited: the saved copy, if the reader saved it, else the offline page.
      { handlerDidError: ({ request }: { request: Request }) => fromCopy(request) },
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
