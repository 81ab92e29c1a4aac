import type { APIRoute } from 'astro';
import { getSitePages } from '../content/site-pages.ts';
import { isoDay } from '../lib/dates.ts';
import { renderSitemap } from '../lib/sitemap.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The sitemap needs `site` in astro.config.mjs (set SITE_URL).');
  const entries = (await getSitePages()).map((page) =>
    page.updated ? { url: absoluteUrl(page.path, site), lastmod: isoDay(page.updated) } : { url: absoluteUrl(page.path, site) },
  );
  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
