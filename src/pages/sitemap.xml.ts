import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortByOrder } from '../lib/ordering.ts';
import { isoDay } from '../lib/dates.ts';
import { renderSitemap, type SitemapPage } from '../lib/sitemap.ts';
import { absoluteUrl, articlePath } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The sitemap needs `site` in astro.config.mjs (set SITE_URL).');
  const articles = sortByOrder(await getCollection('articles'));
  const pages = await getCollection('pages');
  const updatedOf = (id: string) => pages.find((page) => page.id === id)?.data.updated;
  const newest = new Date(Math.max(...articles.map((article) => article.data.updated.getTime())));

  const entries: SitemapPage[] = [
    { url: absoluteUrl('/', site), lastmod: isoDay(updatedOf('home') ?? newest) },
    { url: absoluteUrl('/articles/', site), lastmod: isoDay(newest) },
    ...articles.map((article) => ({
      url: absoluteUrl(articlePath(article.id), site),
      lastmod: isoDay(article.data.updated),
    })),
  ];
  entries.push(
    { url: absoluteUrl('/quiz/', site) },
    { url: absoluteUrl('/tools/waybill/', site) },
    { url: absoluteUrl('/search/', site) },
  );
  const about = updatedOf('about');
  entries.push(about ? { url: absoluteUrl('/about/', site), lastmod: isoDay(about) } : { url: absoluteUrl('/about/', site) });

  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
