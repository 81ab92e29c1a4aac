/**
 * The site's core answers: the start-here articles and the tool pages (quiz, waybill tool,
 * the list of call simulations, glossary). On a large site, search always looks at the
 * core pages that match, besides Pagefind's best other pages, and an article outside the
 * core path counts half as much as a core one, so 300 articles that repeat the same words
 * never bury the page that teaches the topic. On a site made only of core pages nothing changes.
 */

/** Pagefind filter set on core pages: data-pagefind-filter="core:yes". */
export const CORE_FILTER = 'core';
export const coreFilterAttribute = `${CORE_FILTER}:yes`;

/** The rank weight (data-pagefind-meta="rank-weight:…") of an article outside the core path. */
export const OTHER_ARTICLE_WEIGHT = 0.5;

/**
 * Pagefind filter naming a tool page by its path (data-pagefind-filter="page:/quiz/"), so
 * a large site can fetch the page a query asks for by what it does (content/search/intents.yaml).
 */
export const PAGE_FILTER = 'page';
export const pageFilterAttribute = (path: string) => `${PAGE_FILTER}:${path}`;
