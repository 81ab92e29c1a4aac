import { fileURLToPath } from 'node:url';
import { DEFAULT_SITE_URL, isLocalSite } from '../config/deployment.ts';
import type { AstroIntegration } from 'astro';
import { checkIntentPages, indexSearch } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';
import { writeFactSheets } from './fact-sheets.ts';
import { exportWechat } from './wechat-export.ts';

/**
 * Everything the site needs after Astro renders it, so `astro build` alone makes the whole
 * site: the drawn images (covers, QR codes), the WeChat fragments and pages (from the
 * articles as built), the printed fact sheets and the Pagefind index (from every page as
 * built), side by side;
 * last, the service worker (which precaches the index too).
 *
 * The kiosk is the same build with `kiosk: true`: it adds the attract screen at /kiosk/,
 * and leaves out what a touch screen with its own local server does not need (the WeChat
 * fragments and pages, the service worker).
 */
export interface SiteBuildOptions {
  kiosk: boolean;
}

export default function siteBuild({ kiosk }: SiteBuildOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'kuaidi-site-build',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (kiosk) injectRoute({ pattern: '/kiosk', entrypoint: new URL('./routes/kiosk.astro', import.meta.url), prerender: true });
      },
      'astro:config:done': ({ config, logger }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (isLocalSite(config.site)) {
          logger.warn(
            `SITE_URL is not set, so QR codes, share links and printed materials will point at ${DEFAULT_SITE_URL}, this computer: nobody else can open them. ` +
              'Build with SITE_URL=https://your-site before printing or publishing.',
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const timed = async <T>(step: () => T | Promise<T>): Promise<[T, number]> => {
          const started = performance.now();
          const result = await step();
          return [result, Math.round(performance.now() - started)];
        };
        // Pagefind indexes in its own process: the images and the WeChat export are done
        // on this one meanwhile. They read the built pages and write apart from the index.
        const [[pages, indexMs], [images, imagesMs], [wechatArticles, wechatMs], [sheets, sheetsMs]] = await Promise.all([
          timed(async () => {
            await checkIntentPages(outDir, base);
            return indexSearch(outDir);
          }),
          // Loaded here, not with the config: the drawing libraries take a while to load.
          timed(async () => (await import('./images.ts')).drawImages(outDir, base)),
          timed(() => (kiosk ? 0 : exportWechat(outDir))),
          timed(() => writeFactSheets(outDir)),
        ]);
        logger.info(`Images: ${images.covers} covers, ${images.qrCodes} QR codes (${images.drawn} drawn, the rest from the image cache) in ${imagesMs} ms`);
        if (!kiosk) logger.info(`WeChat pages and fragments: ${wechatArticles} articles in ${wechatMs} ms`);
        logger.info(`Fact sheets: ${sheets} articles in ${sheetsMs} ms`);
        // `npm run bench` reads this line for the index's share of the build time.
        logger.info(`Search index: ${pages} pages in ${indexMs} ms`);
        if (!kiosk) {
          const { count, size, wholeSearchIndex } = await writeServiceWorker(outDir);
          const search = wholeSearchIndex ? 'with the whole search index' : 'search index cached as used';
          logger.info(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB, ${search})`);
        }
      },
    },
  };
}
