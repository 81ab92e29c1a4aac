import { articlePath } from '../lib/url.ts';
import { getStartHere } from './articles.ts';
import { getSimulations } from './simulations.ts';
import { getTalks } from './talks.ts';

/**
 * The pages a visitor can open with no network after one visit: the service worker
 * precaches exactly these (src/integration/service-worker.ts reads them from the built
 * /offline/ page, which lists them), so the offline copy stays the same size however many
 * articles there are. Other pages are kept as they are visited.
 */
export interface OfflinePage {
  path: string;
  title: string;
}

export async function getOfflinePages(labels: {
  home: string;
  articles: string;
  quiz: string;
  waybill: string;
  simulate: string;
  talk: string;
  glossary: string;
  search: string;
  check: string;
  about: string;
}): Promise<OfflinePage[]> {
  const [startHere, simulations, talks] = await Promise.all([getStartHere(), getSimulations(), getTalks()]);
  return [
    { path: '/', title: labels.home },
    ...startHere.map((article) => ({ path: articlePath(article.id), title: article.data.title })),
    { path: '/quiz/', title: labels.quiz },
    { path: '/check/', title: labels.check },
    { path: '/tools/waybill/', title: labels.waybill },
    { path: '/simulate/', title: labels.simulate },
    ...simulations.map((simulation) => ({ path: `/simulate/${simulation.id}/`, title: `${labels.simulate}：${simulation.data.title}` })),
    ...talks.map((talk) => ({ path: `/talk/${talk.id}/`, title: `${labels.talk}：${talk.data.title}` })),
    { path: '/glossary/', title: labels.glossary },
    { path: '/articles/', title: labels.articles },
    { path: '/search/', title: labels.search },
    { path: '/about/', title: labels.about },
  ];
}
