import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** What the built site contains, read from dist/ so the tests follow the content. */
export const DIST = 'dist';

/** Site paths (with the base) of every page in the sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  if (paths.length === 0) throw new Error('dist/sitemap.xml lists no pages: run `npm run build` first.');
  return paths;
}

/** The site paths a build's /offline/ page lists as kept offline (what its service worker precaches). */
export function offlinePagesOf(dir: string): string[] {
  return [...readFileSync(join(dir, 'offline', 'index.html'), 'utf8').matchAll(/data-offline-page="([^"]+)"/g)].map((match) => match[1]!);
}

/** The offline copy's pages as the built /offline/ page lists them: the shell (kept after a first visit) and the rest (saved on request). */
export function offlineListsOf(dir: string): { shell: string[]; saved: string[] } {
  const links = [...readFileSync(join(dir, 'offline', 'index.html'), 'utf8').matchAll(/<a [^>]*data-offline-page="([^"]+)"[^>]*>/g)];
  const isShell = (tag: string) => /\bdata-offline-shell\b/.test(tag);
  return { shell: links.filter((link) => isShell(link[0])).map((link) => link[1]!), saved: links.filter((link) => !isShell(link[0])).map((link) => link[1]!) };
}

/** Pages that are built but, being noindex, not in the sitemap (the 404 page is not an index.html). */
export const UNLISTED_PAGES = ['offline/'];

/**
 * The printables under /print/ (fact sheets, posters, wallet cards): noindex pages made for
 * paper, without the site's header and menu, so tests/e2e/print.spec.ts checks them instead.
 */
export const PRINTABLE_PAGES = readdirSync(join(DIST, 'print'), { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(sep).join('/'))
  .filter((file) => file.endsWith('/index.html'))
  .map((file) => `print/${file.replace(/index\.html$/, '')}`)
  .sort();

/** Site paths of every HTML page that was built, except the 404 page and the unlisted ones. */
export function builtPagePaths(base: string): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    // Embed pages (iframes, kiosks) and WeChat export pages are noindex, not in the sitemap.
    .filter((file) => !file.startsWith(`embed${sep}`) && !file.startsWith(`wechat${sep}`))
    .filter((file) => ![...UNLISTED_PAGES, ...PRINTABLE_PAGES].includes(file.split(sep).join('/').replace(/index\.html$/, '')))
    .map((file) => `${base}${file.split(sep).join('/').replace(/index\.html$/, '')}`)
    .sort();
}

export const BASE = (() => {
  const raw = (process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '');
  return raw ? `/${raw}/` : '/';
})();

export const ARTICLE_IDS = ['yiwu-case', 'privacy-waybill', 'police-tips', 'if-scammed', 'for-shops'] as const;

/** Ports of the two test servers (see playwright.config.ts). */
export const PORT = Number(process.env['E2E_PORT'] ?? 4399);
export const FIXTURE_ORIGIN = `http://127.0.0.1:${PORT - 1}`;
/** The kiosk build (dist-kiosk/). */
export const KIOSK_ORIGIN = `http://127.0.0.1:${PORT - 2}`;
/** The same site with 300 articles (dist-large/, `npm run build:large`) plus the search distractor page. */
export const LARGE_ORIGIN = `http://127.0.0.1:${PORT - 3}`;
export const DIST_LARGE = 'dist-large';
