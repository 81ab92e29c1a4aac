import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSearch } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';
import { exportWechatFragments } from './wechat-export.ts';

/**
 * Everything the site needs after Astro renders it, so `astro build` alone makes the whole
 * site: the WeChat fragments (from the articles as built), the Pagefind index (from every
 * page as built) and, last, the service worker (which precaches the index too).
 *
 * The kiosk is the same build with `kiosk: true`: it adds the attract screen at /kiosk/,
 * and leaves out what a touch screen with its own local server does not need (the WeChat
 * fragments, the service worker).
 */
export interface SiteBuildOptions {
  kiosk: boolean;
}

export default function siteBuild({ kiosk }: SiteBuildOptions): AstroIntegration {
  return {
    name: 'kuaidi-site-build',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (kiosk) injectRoute({ pattern: '/kiosk', entrypoint: new URL('./routes/kiosk.astro', import.meta.url), prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!kiosk) logger.info(`WeChat fragments: ${exportWechatFragments(outDir)} articles`);
        const started = performance.now();
        const pages = await indexSearch(outDir);
        // `npm run bench` reads this line for the index's share of the build time.
        logger.info(`Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
        if (!kiosk) {
          const { count, size, warnings, wholeSearchIndex } = await writeServiceWorker(outDir);
          for (const warning of warnings) logger.warn(`Service worker: ${warning}`);
          const search = wholeSearchIndex ? 'with the whole search index' : 'search index cached as used';
          logger.info(`Service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB, ${search})`);
        }
      },
    },
  };
}
