import type { APIRoute } from 'astro';
import { capabilities } from '../../config/variant.ts';
import { getArticles } from '../../content/articles.ts';
import { getOfflinePages } from '../../content/offline-pages.ts';
import { getSearchIntentPages } from '../../content/search-words.ts';
import { getSimulations } from '../../content/simulations.ts';
import { getSitePages } from '../../content/site-pages.ts';
import { checkContentWords } from '../../content/word-checks.ts';
import { categoryLabels, ui } from '../../i18n/ui.ts';
import { articlePath, simulationPath } from '../../lib/url.ts';
import type { BuildManifest } from '../build-manifest.ts';

/** The build manifest (../build-manifest.ts), rendered from the content with the rest of the site. */
export const GET: APIRoute = async () => {
  // Every build checks every channel's words, whichever pages it renders.
  await checkContentWords();
  const [articles, simulations, sitePages, offlinePages, searchIntentPages] = await Promise.all([
    getArticles(),
    getSimulations(),
    getSitePages(),
    getOfflinePages(ui.offline.pages),
    getSearchIntentPages(),
  ]);
  const manifest: BuildManifest = {
    publicPages: sitePages.map((page) => page.path),
    // The kiosk exports no posts.
    wechatQrPages: capabilities.wechatExport ? [...articles.map((article) => articlePath(article.id)), ...simulations.map((simulation) => simulationPath(simulation.id))] : [],
    offlinePages: { shell: offlinePages.filter((page) => page.shell).map((page) => page.path), saved: offlinePages.filter((page) => !page.shell).map((page) => page.path) },
    searchIntentPages,
    articles: articles.map((article) => ({
      slug: article.id,
      title: article.data.title,
      summary: article.data.description,
      kicker: categoryLabels[article.data.category],
      remember: article.data.remember,
    })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } });
};
