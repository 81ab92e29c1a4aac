import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { rankCandidates, type Candidate } from '../../lib/search/rank.ts';
import { splitSections } from '../../lib/search/sections.ts';
import { CORE_FILTER, PAGE_FILTER } from '../../lib/search/core-pages.ts';
import { joinFound, nextBatch, notShown, pageOf, poolSearches } from '../../lib/search/more.ts';
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
 * What a search shows, and how to show more. A large site's first search reads only the best
 * few pages; the others Pagefind found for the query's words wait, and `more()` reads the next
 * batch of them when the reader asks (the panel's 更多结果 button).
 */
export interface SearchResults {
  /** The hits to show, best first: the first search's, or those of one more batch (pages not shown before). */
  hits: SearchHit[];
  /**
   * Pages Pagefind found for the query's words that have not been read yet, 0 once every one
   * has been (always 0 on a small site, which is read whole). Pagefind matches characters: a
   * page read later may turn out not to have the words as written, and is then not shown.
   */
  remaining: number;
  /**
   * Whether Pagefind has yet to be asked for the query's words in their other spellings
   * (退款 for 退钱): the first search leaves that to the first 更多结果, since each spelling
   * costs a part of the index, so there may be more pages than `remaining` says.
   */
  mayFindMore: boolean;
  /** Reads the next batch of waiting pages (more if a batch adds nothing new, up to a few). */
  more: () => Promise<SearchResults>;
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
/** Pages read for each 更多结果. */
const MORE_BATCH = 10;
/** Batches one 更多结果 reads at most while they bring nothing new to show. */
const MORE_BATCHES_PER_ASK = 3;

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

/** The pages the first search reads, and the others Pagefind found, waiting for 更多结果 in its order. */
interface Gathered {
  read: (() => Promise<PagefindData>)[];
  /** Pagefind's ids of the pages in `read`. */
  readIds: string[];
  waiting: PagefindResult[];
  /** The query's words in their other spellings, not yet asked of Pagefind. */
  spellings: string[];
}

async function gatherCandidates(pagefind: Pagefind, query: ParsedQuery, intended: readonly string[]): Promise<Gathered> {
  const everything = await pagefind.search(null);
  if (everything && everything.results.length <= READ_WHOLE_SITE_UP_TO) {
    return { read: everything.results.map((result) => result.data), readIds: everything.results.map((result) => result.id), waiting: [], spellings: [] };
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
  const waiting = joinFound([all?.results], new Set(best.keys()));
  // The words' other spellings wait for 更多结果: each costs a part of the index, and a first
  // search costs about what Pagefind's own does (src/lib/search/more.ts).
  return { read: [...best.values()], readIds: [...best.keys()], waiting, spellings: poolSearches(query).filter((text) => text !== question) };
}

/** `text`: the query as normalised where it was typed (src/lib/search/normalise.ts). */
/**
 * Starts loading what a search needs (the engine, its index entry and the word lists) at the
 * first sign that the reader is about to search, so the first results do not wait for them.
 */
export function prepareSearch(base: string): void {
  Promise.all([loadSearchWords(base), loadPagefind(base)]).catch(() => undefined);
}

/** Ranks the pages read and turns them into hits. */
function toHits(query: ParsedQuery, candidates: readonly PageCandidate[]): SearchHit[] {
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

/** What `more()` needs to go on: how to read pages, and how to ask for the words' other spellings. */
interface Reader {
  read: (results: readonly PagefindResult[]) => Promise<SearchHit[]>;
  /** Pagefind's pages for each spelling, in the order asked. */
  spelled: (spellings: readonly string[]) => Promise<(readonly PagefindResult[] | undefined)[]>;
}

/**
 * `hits` with the way to read the `waiting` pages, and the pages of `spellings` once asked;
 * `shown`: the pages shown so far; `known`: the ids of every page read or waiting.
 */
function withMore(hits: SearchHit[], waiting: readonly PagefindResult[], spellings: readonly string[], shown: ReadonlySet<string>, known: ReadonlySet<string>, reader: Reader): SearchResults {
  return {
    hits,
    remaining: waiting.length,
    mayFindMore: spellings.length > 0,
    more: async () => {
      let rest = waiting;
      let seen = known;
      if (spellings.length > 0) {
        rest = [...waiting, ...joinFound(await reader.spelled(spellings), known)];
        seen = new Set([...known, ...rest.map((result) => result.id)]);
      }
      let found: SearchHit[] = [];
      // A batch whose pages all lack the words as written shows nothing: read on, a little.
      for (let batches = 0; found.length === 0 && rest.length > 0 && batches < MORE_BATCHES_PER_ASK; batches++) {
        const next = nextBatch(rest, MORE_BATCH);
        rest = next.rest;
        found = notShown(await reader.read(next.batch), shown);
      }
      return withMore(found, rest, [], new Set([...shown, ...found.map((hit) => pageOf(hit.url))]), seen, reader);
    },
  };
}

export async function search(text: QueryText, base: string): Promise<SearchResults> {
  const [words, pagefind] = await Promise.all([loadSearchWords(base), loadPagefind(base)]);
  const query = parseQuery(text, toVocabulary(words));
  const read = async (loaders: readonly (() => Promise<PagefindData>)[]) =>
    toHits(query, await Promise.all(loaders.map(async (load) => toCandidate(await load(), words.intents))));
  const reader: Reader = {
    read: (results) => read(results.map((result) => result.data)),
    spelled: (spellings) => Promise.all(spellings.map(async (spelling) => (await pagefind.search(spelling))?.results)),
  };
  if (query.groups.length === 0) return withMore([], [], [], new Set(), new Set(), reader);
  const intended = intendedPages(query.subject, words.intents, query.typed);
  const gathered = await gatherCandidates(pagefind, query, intended);
  const hits = await read(gathered.read);
  // Every page read or waiting, so a spelling asked later adds only pages not seen yet.
  const known = new Set([...gathered.readIds, ...gathered.waiting.map((result) => result.id)]);
  return withMore(hits, gathered.waiting, gathered.spellings, new Set(hits.map((hit) => pageOf(hit.url))), known, reader);
}
