import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { edition } from '../config/edition.ts';
import { getRecentlyUpdated } from '../content/articles.ts';
import { feed as t } from '../i18n/ui.ts';
import { absoluteUrl, articlePath } from '../lib/url.ts';
import { fill } from '../lib/template.ts';

/**
 * /rss.xml: the articles, newest update first (each article's `updated`), so readers and
 * the editions built on this site see when something changed. Feed readers fetch it;
 * the site itself loads nothing from anywhere.
 */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  return rss({
    title: edition.name,
    description: fill(t.description, { site: edition.name }),
    site: absoluteUrl('/', origin),
    items: (await getRecentlyUpdated()).map((article) => ({
      title: article.data.title,
      description: article.data.summary,
      pubDate: article.data.updated,
      link: absoluteUrl(articlePath(article.id), origin),
    })),
    customData: '<language>zh-cn</language>',
  });
};
