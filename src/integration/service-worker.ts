import { join } from 'node:path';
import { generateSW } from 'workbox-build';

/**
 * Writes the service worker that makes the website work offline after one visit. It runs
 * after the search index is written, so the index is precached too. Workbox precaches
 * every file with a content hash: a new build changes the hashes, the new worker takes
 * over and the page reloads once (src/client/offline.ts), so a visit never mixes builds.
 */
export async function writeServiceWorker(outDir: string): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,css,js,mjs,json,webmanifest,svg,png,ico,xml,txt,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
    // Embed pages are for other sites' iframes, the 404 page is served by the server, the
    // WeChat pages and fragments are for editors: none belongs in a visitor's offline copy.
    globIgnores: ['embed/**', 'wechat/**', 'wechat-fragments/**', 'covers/**', 'qr/**', 'sw.js', 'workbox-*.js', 'icons/share-card.png', 'sitemap.xml', 'robots.txt'],
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
  });
}
