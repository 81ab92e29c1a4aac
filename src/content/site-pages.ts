import { getCollection } from 'astro:content';
import { listPagePath } from '../lib/pagination.ts';
import { articlePath, simulationPath } from '../lib/url.ts';
import { getArticlePageCount, getArticles } from './articles.ts';
import { getSimulations } from './simulations.ts';
import { getTalks } from './talks.ts';

/**
 * Every public page of the site, with when it last changed: the sitemap lists them, and
 * the build draws a QR code for each (src/integration/images/, through the build manifest).
 * Embed and kiosk pages are not public pages.
 */
export interface SitePage {
  path: string;
  updated?: Date;
}

export async function getSitePages(): Promise<SitePage[]> {
  const articles = await getArticles();
  const listPages = await getArticlePageCount();
  const pages = await getCollection('pages');
  const updatedOf = (id: string) => pages.find((page) => page.id === id)?.data.updated;
  const newest = new Date(Math.max(...articles.map((article) => article.data.updated.getTime())));
  const about = updatedOf('about');
  const [simulations, talks] = await Promise.all([getSimulations(), getTalks()]);
  return [
    { path: '/', updated: updatedOf('home') ?? newest },
    ...Array.from({ length: listPages }, (_, i) => ({ path: listPagePath('/articles/', i + 1), updated: newest })),
    ...articles.map((article) => ({ path: articlePath(article.id), updated: article.data.updated })),
    { path: '/quiz/' },
    { path: '/check/' },
    { path: '/tools/waybill/' },
    { path: '/simulate/' },
    ...simulations.map((simulation) => ({ path: simulationPath(simulation.id) })),
    { path: '/glossary/' },
    { path: '/print/' },
    { path: '/talk/' },
    ...talks.map((talk) => ({ path: `/talk/${talk.id}/` })),
    { path: '/search/' },
    about ? { path: '/about/', updated: about } : { path: '/about/' },
  ];
}
