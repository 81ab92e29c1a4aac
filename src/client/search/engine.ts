import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { rankCandidates, type Candidate } from '../../lib/search/rank.ts';
import { splitSections } from '../../lib/search/sections.ts';
import { CORE_FILTER, PAGE_FILTER } from '../../lib/search/core-pages.ts';
import type { QueryText } from '../../lib/search/normalise.ts';
import { parseQuery, type ParsedQuery } from '../../lib/search/terms.ts';
import { intendedPages, keywordsOf, toVocabulary, type Intent } from '../../lib/search/words.ts';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindResult } from './pagefind.ts';
import { loadSearchWords } from './words.ts';

/**
 * One search, start to finish: read the query (src/lib/search/terms.ts) with the site's
 * word lists (src/lib/search/words.ts), let Pagefind gather candidate pages, then keep
 * and order only the pages that really contain the terms (src/lib/search/rank.ts).
 */
export interface SearchHit {
  /** The page, or straight the section of it that answers the query. */
  url: string;
  title: string;
  category: string;
  /** The section that answers the query, when one does (src/lib/search/rank.ts). */
  answer?: { title: string };
  /** The passage around the answer, or around the page's best match. */
  excerpt: ExcerptPart[];
  /** Other sections with the query's words, the best first. */
  sections: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

/**
 * A small site is read whole: every page is a candidate, so no page is missed because
 * Pagefind split a Chinese word differently. A big site costs what Pagefind's own first
 * search costs, give or take a few fragments: the whole query asked of all pages and of the
 * core pages (src/lib/search/core-pages.ts), the fragments of the best few of each, and
 * any tool page the query asks for by what it does. Pagefind only returns pages with every
 * word of the query, and a question ("快递单上的电话要藏几位") has words no page has all of,
 * so for a question, and whenever no core page has the whole query, the core pages are also
 * asked word by word and the ones with the most of the question's words are read.
 */
const READ_WHOLE_SITE_UP_TO = 60;
const CORE_CANDIDATES = 4;
const OTHER_CANDIDATES = 2;
const MAX_WORD_SEARCHES = 10;
const MAX_SECTIONS = 3;

interface PageCandidate extends Candidate {
  category: string;
}

function toCandidate(data: PagefindData, intents: readonly Intent[]): PageCandidate {
  return {
    url: data.url,
    title: data.meta['title'] ?? '',
    category: data.meta['category'] ?? '',
    content: data.content,
    sections: splitSections(data.url, data.content, data.anchors),
    weight: Number(data.meta['rank-weight'] ?? 1) || 1,
    keywords: keywordsOf(data.url, intents),
  };
}

/** How to fetch a page Pagefind found, by its id. */
type Found = Map<string, () => Promise<PagefindData>>;

function addBest(found: Found, results: readonly PagefindResult[] | undefined, count: number): void {
  for (const result of results?.slice(0, count) ?? []) if (!found.has(result.id)) found.set(result.id, result.data);
}

async function gatherCandidates(pagefind: Pagefind, query: ParsedQuery, intended: readonly string[]): Promise<(() => Promise<PagefindData>)[]> {
  const everything = await pagefind.search(null);
  if (everything && everything.results.length <= READ_WHOLE_SITE_UP_TO) {
    return everything.results.map((result) => result.data);
  }
  const question = query.pagefind.whole;
  const core = { filters: { [CORE_FILTER]: 'yes' } };
  const [all, corePages, ...tools] = await Promise.all([
    pagefind.search(question),
    pagefind.search(question, core),
    ...intended.map((page) => pagefind.search(null, { filters: { [PAGE_FILTER]: page } })),
  ]);
  const best: Found = new Map();
  for (const tool of tools) addBest(best, tool?.results, 1);

  if (!query.severalWords && corePages?.results.length) {
    addBest(best, corePages.results, CORE_CANDIDATES);
  } else {
    // Count, for each core page, how much of the question's weight it has word by word.
    const asked = query.pagefind.words.slice(0, MAX_WORD_SEARCHES);
    const votes = new Map<string, { weight: number; result: PagefindResult }>();
    const vote = (results: readonly PagefindResult[] | undefined, weight: number) => {
      for (const result of results ?? []) {
        const entry = votes.get(result.id) ?? { weight: 0, result };
        entry.weight += weight;
        votes.set(result.id, entry);
      }
    };
    vote(corePages?.results, query.pagefind.weight);
    const answers = await Promise.all(asked.map((word) => pagefind.search(word.text, core)));
    answers.forEach((answer, index) => vote(answer?.results, asked[index]!.weight));
    // (Array.prototype.sort is stable: equal votes keep Pagefind's order.)
    const ranked = [...votes.values()].sort((a, b) => b.weight - a.weight).map((entry) => entry.result);
    addBest(best, ranked, CORE_CANDIDATES);
  }
  addBest(best, all?.results, OTHER_CANDIDATES);
  return [...best.values()];
}

/** `text`: the query as normalised where it was typed (src/lib/search/normalise.ts). */
/**
 * Starts loading what a search needs (the engine, its index entry and the word lists) at the
 * first sign that the reader is about to search, so the first results do not wait for them.
 */
export function prepareSearch(base: string): void {
  Promise.all([loadSearchWords(base), loadPagefind(base)]).catch(() => undefined);
}

export async function search(text: QueryText, base: string): Promise<SearchHit[]> {
  const [words, pagefind] = await Promise.all([loadSearchWords(base), loadPagefind(base)]);
  const query = parseQuery(text, toVocabulary(words));
  if (query.groups.length === 0) return [];
  const intended = intendedPages(query.subject, words.intents, query.typed);
  const loaders = await gatherCandidates(pagefind, query, intended);
  const candidates = await Promise.all(loaders.map(async (load) => toCandidate(await load(), words.intents)));
  return rankCandidates(query, candidates).map(({ candidate, matched, sections, answer }) => ({
    url: answer?.url ?? candidate.url,
    title: candidate.title,
    category: candidate.category,
    ...(answer ? { answer: { title: answer.title } } : {}),
    excerpt: buildExcerpt(answer?.text ?? candidate.content, matched),
    sections: sections
      .filter((section) => section !== answer)
      .slice(0, MAX_SECTIONS)
      .map((section) => ({ title: section.title, url: section.url, excerpt: buildExcerpt(section.text, matched, 40) })),
  }));
}
