import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { capabilitiesOf, type BuildVariant } from '../config/capabilities.ts';
import { DEFAULT_SITE_URL, isLocalSite } from '../config/deployment.ts';
import { BUILD_MANIFEST_ROUTE, takeBuildManifest } from './build-manifest.ts';
import { writeFactSheets } from './fact-sheets.ts';
import { checkIntentPages, indexSearch } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';
import { editionStyles } from './edition-styles.ts';
import { siteChunk } from './site-chunk.ts';
import { exportWechat, writeWechatImages, type Address } from './wechat-export.ts';

/**
 * Everything the site needs after Astro renders it, so `astro build` alone makes the whole
 * site. What the steps need to know of the content comes from one build manifest
 * (./build-manifest.ts), rendered with the pages and handed to each step; no step reads
 * back the pages it publishes. Side by side: the drawn images (covers, QR codes, icons),
 * the WeChat fragments and pages, the printed fact sheets and the Pagefind index; last,
 * the service worker (which precaches the index too).
 *
 * The kiosk is the same build for another place (src/config/capabilities.ts): it adds the
 * attract screen at /kiosk/, and leaves out what it cannot use (the WeChat export, the
 * service worker).
 */
export interface SiteBuildOptions {
  variant: BuildVariant;
}

export default function siteBuild({ variant }: SiteBuildOptions): AstroIntegration {
  const can = capabilitiesOf(variant);
  let address: Address = { site: DEFAULT_SITE_URL, base: '/' };
  return {
    name: 'kuaidi-site-build',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        injectRoute({ pattern: BUILD_MANIFEST_ROUTE, entrypoint: new URL('./routes/build-manifest.ts', import.meta.url), prerender: true });
        if (can.touchScreen) injectRoute({ pattern: '/kiosk', entrypoint: new URL('./routes/kiosk.astro', import.meta.url), prerender: true });
        updateConfig({ vite: { plugins: [editionStyles(), siteChunk()] } });
      },
      'astro:config:done': ({ config, logger }) => {
        address = { site: config.site ?? DEFAULT_SITE_URL, base: config.base.endsWith('/') ? config.base : `${config.base}/` };
        if (isLocalSite(config.site)) {
          logger.warn(
            `SITE_URL is not set (nor siteUrl in content/edition.yaml), so QR codes, share links and printed materials will point at ${DEFAULT_SITE_URL}, this computer: nobody else can open them. ` +
              'Build with SITE_URL=https://your-site, or write siteUrl in content/edition.yaml, before printing or publishing.',
          );
        }
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = await takeBuildManifest(assets);
        checkIntentPages(manifest.searchIntentPages, manifest.publicPages);
        const timed = async <T>(step: () => T | Promise<T>): Promise<[T, number]> => {
          const started = performance.now();
          const result = await step();
          return [result, Math.round(performance.now() - started)];
        };
        // Pagefind indexes in its own process: the other steps run on this one meanwhile,
        // each writing apart from the index.
        const [[pages, indexMs], [images, imagesMs], [fragments, wechatMs], [sheets, sheetsMs]] = await Promise.all([
          timed(() => indexSearch(outDir)),
          // Loaded here, not with the config: the drawing libraries take a while to load.
          timed(async () => (await import('./images/write-images.ts')).writeImages(outDir, manifest, address)),
          timed(() => (can.wechatExport ? exportWechat(outDir, assets, manifest.articles, address) : new Map<string, string>())),
          timed(() => writeFactSheets(outDir, assets, manifest.articles)),
        ]);
        logger.info(`Images: ${images.covers} covers, ${images.qrCodes} QR codes (${images.drawn} drawn, the rest from the image cache) in ${imagesMs} ms`);
        if (can.wechatExport) {
          // The posts' image archives hold the QR codes and covers just drawn.
          await writeWechatImages(outDir, fragments, address);
          logger.info(`WeChat pages, fragments and image archives: ${fragments.size} articles in ${wechatMs} ms`);
        }
        logger.info(`Fact sheets: ${sheets} articles in ${sheetsMs} ms`);
        // `npm run bench` reads this line for the index's share of the build time.
        logger.info(`Search index: ${pages} pages in ${indexMs} ms`);
        if (can.offlineCopy) {
          const { shell, saved, wholeSearchIndex } = await writeServiceWorker(outDir, manifest.offlinePages);
          const search = wholeSearchIndex ? 'with the whole search index' : 'search index cached as used';
          logger.info(`Service worker: ${shell.count} files after a first visit (${(shell.gzip / 1024).toFixed(0)} KB gzip); ${saved.count} more when the reader saves the offline copy (${(saved.gzip / 1024).toFixed(0)} KB gzip, ${search})`);
        }
      },
    },
  };
}
