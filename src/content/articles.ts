import { getCollection, type CollectionEntry } from 'astro:content';
import { sortByOrder } from '../lib/ordering.ts';
import { pageCount } from '../lib/pagination.ts';

/**
 * The articles in reading order, and the few a newcomer should read first. Pages that
 * every visitor loads (home, search, 404) show only the start-here articles, so they stay
 * the same size however many articles writers add; the full list is /articles/, paginated.
 */
export type Article = CollectionEntry<'articles'>;

/** More than this and the home page stops being a short path: pick the essentials. */
export const MAX_START_HERE = 8;
/** Articles per page of /articles/: one page stays well under the HTML budget. */
export const ARTICLES_PER_PAGE = 20;

export async function getArticles(): Promise<Article[]> {
  return sortByOrder(await getCollection('articles'));
}

export async function getStartHere(): Promise<Article[]> {
  const chosen = (await getArticles()).filter((article) => article.data.startHere);
  if (chosen.length === 0) {
    throw new Error('No article has `startHere: true`. Mark the articles a newcomer should read first (content/articles/*.mdx).');
  }
  if (chosen.length > MAX_START_HERE) {
    throw new Error(
      `${chosen.length} articles have \`startHere: true\` (${chosen.map((a) => `${a.id}.mdx`).join(', ')}); keep it to ${MAX_START_HERE} at most, so the home page stays short.`,
    );
  }
  return chosen;
}

/** How many pages /articles/ has. */
export async function getArticlePageCount(): Promise<number> {
  return pageCount((await getArticles()).length, ARTICLES_PER_PAGE);
}


/** Every article, the most recently updated first (ties keep the reading order): the feed and 最近更新 on home. */
export async function getRecentlyUpdated(): Promise<Article[]> {
  const articles = await getArticles();
  return [...articles].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
}
