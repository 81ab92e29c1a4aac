import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize } from '../../scripts/page-assets.mjs';
import { DIST, DIST_LARGE, builtFiles, relative } from './built-site.ts';

// The site must stay as light at 300 articles as at 5: no page grows with the number of
// articles except the paginated list. What a first visit downloads in the background (the
// service worker's shell, with the page being read) stays under a fixed cap; the rest of the
// offline copy is saved only when the reader asks.

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number>;
const gzipOf = (file: string) => gzipSize(readFileSync(file));

/** The files of one of sw.js's lists: the shell (precached after a first visit) or the copy saved on request. */
function workerLists(dir: string): { shell: string[]; saved: string[] } {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const urls = (text: string) => [...text.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => match[1]!);
  const copyAt = sw.indexOf('"files":[');
  if (copyAt === -1) throw new Error(`${dir}/sw.js has no saved-copy list`);
  const shell = urls(sw.slice(0, copyAt));
  if (shell.length === 0) throw new Error(`${dir}/sw.js lists no precached files`);
  return { shell, saved: urls(sw.slice(copyAt)) };
}

/** Pages the /offline/ page lists as the offline copy's. */
function offlinePages(dir: string): string[] {
  const html = readFileSync(join(dir, 'offline', 'index.html'), 'utf8');
  return [...html.matchAll(/data-offline-page="([^"]+)"/g)].map((match) => match[1]!);
}

const pageFile = (page: string) => `${page.replace(/^\//, '')}index.html`;

describe.each([
  { site: '5 articles', dir: DIST },
  { site: '300 articles', dir: DIST_LARGE },
])('offline copy at $site', ({ dir }) => {
  const { shell, saved } = workerLists(dir);
  const shellGzip = shell.reduce((sum, file) => sum + gzipOf(join(dir, file)), 0);

  it.each(['index.html', 'articles/yiwu-case/index.html', 'check/index.html', 'quiz/index.html'])(
    `what a first visit to %s downloads in the background, the shell and that page, stays under ${budgets['precacheGzip']} bytes gzip`,
    (page) => {
      const reading = shell.includes(page) ? 0 : gzipOf(join(dir, page));
      expect(shellGzip + reading).toBeLessThanOrEqual(budgets['precacheGzip']!);
    },
  );

  it('keeps home, 查一查, the offline page, the stylesheets and the search word lists after a first visit, and no search index', () => {
    expect(shell).toEqual(expect.arrayContaining(['index.html', 'check/index.html', 'offline/index.html', 'search/words.json']));
    expect(shell.some((file) => file.endsWith('.css'))).toBe(true);
    expect(shell.filter((file) => file.startsWith('pagefind/'))).toEqual([]);
  });

  it('saves every other page the offline page promises, and the search engine, when the reader asks', () => {
    const pages = offlinePages(dir);
    expect(pages).toEqual(expect.arrayContaining(['/', '/check/', '/quiz/', '/tools/waybill/', '/glossary/', '/search/']));
    for (const page of pages) expect([...shell, ...saved], page).toContain(pageFile(page));
    expect(saved).toContain('pagefind/pagefind.js');
    expect(saved.filter((file) => shell.includes(file))).toEqual([]);
  });

  it('publishes what saving the copy downloads, for the page to say before the reader taps', () => {
    const published = JSON.parse(readFileSync(join(dir, 'offline-copy.json'), 'utf8')) as { gzip: number; files: number };
    expect(published.files).toBe(saved.length);
    const measured = saved.reduce((sum, file) => sum + gzipOf(join(dir, file)), 0);
    expect(Math.abs(published.gzip - measured)).toBeLessThanOrEqual(saved.length * 64);
  });

  it('keeps no article page outside the start-here list', () => {
    const pages = new Set(offlinePages(dir).map(pageFile));
    const articles = [...shell, ...saved].filter((file) => file.startsWith('articles/') && file !== 'articles/index.html');
    expect(articles.filter((file) => !pages.has(file))).toEqual([]);
  });
});

describe('300 articles against 5', () => {
  const pages = builtFiles('.html', DIST).map((file) => relative(file, DIST));

  it('the large build has 300 articles and a paginated list', () => {
    const articles = builtFiles('.html', DIST_LARGE).filter((file) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(relative(file, DIST_LARGE)));
    expect(articles).toHaveLength(300);
    expect(existsSync(join(DIST_LARGE, 'articles', 'page', '15', 'index.html'))).toBe(true);
  });

  // Lists that must grow are paginated (the article list) or are not pages (the sitemap).
  const grows = (page: string) => page === 'articles/index.html' || page === 'sitemap.xml';
  it.each(pages.filter((page) => !grows(page)))('%s is no bigger with 300 articles (within 3% + 256 bytes)', (page) => {
    const small = gzipOf(join(DIST, page));
    const large = gzipOf(join(DIST_LARGE, page));
    expect(large).toBeLessThanOrEqual(small * 1.03 + 256);
  });

  it(`the whole 300-article site, its WeChat pages, fragments, image ZIPs, covers and QR codes included, stays under ${budgets['largeSiteBytes']} bytes`, () => {
    const files = builtFiles('', DIST_LARGE).filter((file) => statSync(file).isFile());
    const bytesUnder = (folder: string) => files.filter((file) => relative(file, DIST_LARGE).startsWith(folder)).reduce((sum, file) => sum + statSync(file).size, 0);
    const total = bytesUnder('');
    // The WeChat channel's files are counted like any other; say what they weigh.
    const wechat = ['wechat/', 'wechat-fragments/', 'wechat-images/', 'covers/'].map((folder) => `${folder} ${(bytesUnder(folder) / 1e6).toFixed(1)} MB`).join(', ');
    expect(total, `300 articles: ${(total / 1e6).toFixed(1)} MB in all (${wechat})`).toBeLessThanOrEqual(budgets['largeSiteBytes']!);
    expect(bytesUnder('wechat-images/') + bytesUnder('wechat/') + bytesUnder('wechat-fragments/')).toBeGreaterThan(0);
  });

  it.each(
    builtFiles('.html', DIST_LARGE)
      .map((file) => relative(file, DIST_LARGE))
      .filter((page) => page === 'articles/index.html' || page.startsWith('articles/page/')),
  )('%s: a page of the article list stays within the list budget', (page) => {
    expect(gzipOf(join(DIST_LARGE, page))).toBeLessThanOrEqual(budgets['articleListHtmlGzip']!);
  });
});
