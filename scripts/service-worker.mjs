// Writes the service worker that makes the website work offline after one visit. Runs
// after Pagefind (scripts/index-search.mjs), so the search index is precached too.
// Workbox precaches every file with a content hash: a new build changes the hashes, the
// new worker takes over and the page reloads once (src/client/offline.ts), so a visit
// never mixes files of two builds.
//   node scripts/service-worker.mjs [outDir]
import { generateSW } from 'workbox-build';

const outDir = process.argv[2] ?? 'dist';
const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: ['**/*.{html,css,js,mjs,json,webmanifest,svg,png,ico,xml,txt,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
  // Embed pages are for other sites' iframes and kiosks, the 404 page is served by the
  // server; neither belongs in a visitor's offline copy.
  globIgnores: ['embed/**', 'wechat/**', 'covers/**', 'qr/**', 'sw.js', 'workbox-*.js', 'icons/share-card.png', 'sitemap.xml', 'robots.txt'],
  swDest: `${outDir}/sw.js`,
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
for (const warning of warnings) console.warn(`Service worker: ${warning}`);
console.log(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB) → ${outDir}/sw.js`);
