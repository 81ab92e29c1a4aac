import { articlePath } from '../lib/url.ts';
import { getStartHere } from './articles.ts';
import { getSimulations } from './simulations.ts';
import { getTalks } from './talks.ts';

/**
 * The pages of the offline copy. A first visit keeps only the shell in the background (home
 * and 查一查, with the page being read and the /offline/ page): a phone on a prepaid plan pays
 * for every byte. The rest is saved when the reader asks for it, on /offline/
 * (src/integration/service-worker.ts gets both lists through the build manifest). The copy
 * stays the same size however many articles there are; other pages are kept as they are visited.
 */
export interface OfflinePage {
  path: string;
  title: string;
  /** Kept after a first visit, without asking: the pages someone mid-scam needs. */
  shell: boolean;
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
  const page = (path: string, title: string, shell = false): OfflinePage => ({ path, title, shell });
  return [
    page('/', labels.home, true),
    page('/check/', labels.check, true),
    ...startHere.map((article) => page(articlePath(article.id), article.data.title)),
    page('/quiz/', labels.quiz),
    page('/tools/waybill/', labels.waybill),
    page('/simulate/', labels.simulate),
    ...simulations.map((simulation) => page(`/simulate/${simulation.id}/`, `${labels.simulate}：${simulation.data.title}`)),
    ...talks.map((talk) => page(`/talk/${talk.id}/`, `${labels.talk}：${talk.data.title}`)),
    page('/glossary/', labels.glossary),
    page('/articles/', labels.articles),
    page('/search/', labels.search),
    page('/about/', labels.about),
  ];
}
