import type { ParsedQuery } from './terms.ts';

/**
 * The pages a large site's first search leaves unread, for the reader who asks for more
 * results (src/client/search/engine.ts). The first search reads only the best few pages
 * Pagefind finds; every other page Pagefind finds for the query's words waits here and is
 * read a batch at a time, only when the reader asks.
 */

/** How many searches at most the waiting pages are gathered with. */
export const MAX_POOL_SEARCHES = 12;

/**
 * What to ask Pagefind for the pages that may hold the query's words: the whole query (as
 * the first search asks it), then each core word in each of its known spellings, the
 * heaviest words first. The whole query is written the usual way (退款 → 退钱), and a page
 * that writes 退款 is only found by asking for 退款 itself.
 */
export function poolSearches(query: ParsedQuery, max = MAX_POOL_SEARCHES): string[] {
  const asked = new Set<string>();
  if (query.pagefind.whole) asked.add(query.pagefind.whole);
  // (Array.prototype.sort is stable: groups of equal weight keep the query's order.)
  const core = query.groups.filter((g) => g.role === 'core' && g.weight > 0).sort((a, b) => b.weight - a.weight);
  for (const group of core) for (const term of group.terms) asked.add(term);
  return [...asked].slice(0, max);
}

/**
 * Joins the pages several searches found into one list, each page once, in the order the
 * searches were asked and each search's own order, leaving out the pages already read.
 */
export function joinFound<R extends { id: string }>(lists: readonly (readonly R[] | undefined)[], read: ReadonlySet<string>): R[] {
  const seen = new Set(read);
  const joined: R[] = [];
  for (const list of lists) {
    for (const result of list ?? []) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      joined.push(result);
    }
  }
  return joined;
}

/** The next `size` waiting pages, and the ones left after them. */
export function nextBatch<R>(waiting: readonly R[], size: number): { batch: R[]; rest: R[] } {
  const count = Math.max(1, Math.floor(size));
  return { batch: waiting.slice(0, count), rest: waiting.slice(count) };
}

/** A result's page, without the section its link jumps to. */
export const pageOf = (url: string): string => url.split('#')[0]!;

/** The hits whose page is not among those already shown. */
export function notShown<H extends { url: string }>(hits: readonly H[], shown: ReadonlySet<string>): H[] {
  const seen = new Set(shown);
  return hits.filter((hit) => {
    const page = pageOf(hit.url);
    if (seen.has(page)) return false;
    seen.add(page);
    return true;
  });
}
