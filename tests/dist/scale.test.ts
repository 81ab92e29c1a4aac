import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize } from '../../scripts/page-assets.mjs';
import { DIST, DIST_LARGE, builtFiles, relative } from './built-site.ts';

// The site must stay as light at 300 articles as at 5: no page grows with the number of
// articles except the paginated list, and what a first visit downloads in the background
// for offline use (the service worker's precache) stays under a fixed cap.

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, number>;
const gzipOf = (file: string) => gzipSize(readFileSync(file));

/** The files the service worker downloads after a first visit, read from the built sw.js. */
function precachedFiles(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((match) => match[1]!);
  if (urls.length === 0) throw new Error(`${dir}/sw.js lists no precached files`);
  return urls;
}

/** Pages the /offline/ page lists as readable offline. */
function offlinePages(dir: string): string[] {
  const html = readFileSync(join(dir, 'offline', 'index.html'), 'utf8');
  return [...html.matchAll(/data-offline-page="([^"]+)"/g)].map((match) => match[1]!);
}

describe.each([
  { site: '5 articles', dir: DIST },
  { site: '300 articles', dir: DIST_LARGE },
])('offline copy at $site', ({ dir }) => {
  const files = precachedFiles(dir);

  it(`what a first visit downloads in the background stays under ${budgets['precacheGzip']} bytes gzip`, () => {
    const total = files.reduce((sum, file) => sum + gzipOf(join(dir, file)), 0);
    expect(total).toBeLessThanOrEqual(budgets['precacheGzip']!);
  });

  it('precaches every page the offline page promises, the offline page itself, the stylesheet and search code', () => {
    const pages = offlinePages(dir);
    expect(pages).toEqual(expect.arrayContaining(['/', '/quiz/', '/tools/waybill/', '/glossary/', '/search/']));
    for (const page of pages) expect(files, page).toContain(`${page.replace(/^\//, '')}index.html`);
    expect(files).toContain('offline/index.html');
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
    expect(files).toContain('pagefind/pagefind.js');
  });

  it('precaches no article page outside the start-here list', () => {
    const pages = new Set(offlinePages(dir).map((page) => `${page.replace(/^\//, '')}index.html`));
    const articles = files.filter((file) => file.startsWith('articles/') && file !== 'articles/index.html');
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

  it.each(
    builtFiles('.html', DIST_LARGE)
      .map((file) => relative(file, DIST_LARGE))
      .filter((page) => page === 'articles/index.html' || page.startsWith('articles/page/')),
  )('%s: a page of the article list stays within the list budget', (page) => {
    expect(gzipOf(join(DIST_LARGE, page))).toBeLessThanOrEqual(budgets['articleListHtmlGzip']!);
  });
});
