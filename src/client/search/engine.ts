import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { rankCandidates, type Candidate } from '../../lib/search/rank.ts';
import { splitSections } from '../../lib/search/sections.ts';
import { CORE_FILTER } from '../../lib/search/core-pages.ts';
import { extractTermGroups, pagefindQuery, type SynonymTable, type TermGroup } from '../../lib/search/terms.ts';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindResult } from './pagefind.ts';

/**
 * One search, start to finish: cut the query into terms (src/lib/search/terms.ts), let
 * Pagefind gather candidate pages, then keep and order only the pages that really
 * contain the terms (src/lib/search/rank.ts).
 */
export interface SearchHit {
  url: string;
  title: string;
  category: string;
  excerpt: ExcerptPart[];
  sections: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

/**
 * A small site is read whole: every page is a candidate, so no page is missed because
 * Pagefind split a Chinese word differently. A big site costs what Pagefind's own first
 * search costs, give or take a few fragments: one query for the whole question, asked
 * twice (all pages, and the core pages only, src/lib/search/core-pages.ts), and the
 * fragments of the best few of each. Only when no core page has the whole question does
 * it ask the core pages term by term.
 */
const READ_WHOLE_SITE_UP_TO = 60;
const CORE_CANDIDATES = 4;
const OTHER_CANDIDATES = 2;
const FALLBACK_TERMS = 3;
const MAX_SECTIONS = 3;

interface PageCandidate extends Candidate {
  category: string;
}

function toCandidate(data: PagefindData): PageCandidate {
  return {
    url: data.url,
    title: data.meta['title'] ?? '',
    category: data.meta['category'] ?? '',
    content: data.content,
    sections: splitSections(data.url, data.content, data.anchors),
    weight: Number(data.meta['rank-weight'] ?? 1) || 1,
  };
}

/** How to fetch a page Pagefind found, by its id. */
type Found = Map<string, () => Promise<PagefindData>>;

function addBest(found: Found, results: readonly PagefindResult[] | undefined, count: number): void {
  for (const result of results?.slice(0, count) ?? []) if (!found.has(result.id)) found.set(result.id, result.data);
}

async function gatherCandidates(pagefind: Pagefind, rawQuery: string, groups: readonly TermGroup[], synonyms: SynonymTable): Promise<(() => Promise<PagefindData>)[]> {
  const everything = await pagefind.search(null);
  if (everything && everything.results.length <= READ_WHOLE_SITE_UP_TO) {
    return everything.results.map((result) => result.data);
  }
  const question = pagefindQuery(rawQuery, synonyms);
  const core = { filters: { [CORE_FILTER]: 'yes' } };
  const [all, corePages] = await Promise.all([pagefind.search(question), pagefind.search(question, core)]);
  const best: Found = new Map();
  addBest(best, corePages?.results, CORE_CANDIDATES);
  addBest(best, all?.results, OTHER_CANDIDATES);
  if (!corePages?.results.length) {
    // Pagefind wants every word of the question on one page, and it may split a phrase
    // (快递丢了) differently in the question and in the page: ask the core pages per term.
    const byWeight = groups.filter((g) => g.role === 'core' && g.weight >= 1).sort((a, b) => b.weight - a.weight);
    const terms = [...new Set(byWeight.flatMap((g) => g.terms))].slice(0, FALLBACK_TERMS);
    for (const response of await Promise.all(terms.map((term) => pagefind.search(term, core)))) addBest(best, response?.results, CORE_CANDIDATES);
  }
  return [...best.values()];
}

export async function search(rawQuery: string, base: string, synonyms: SynonymTable): Promise<SearchHit[]> {
  const groups = extractTermGroups(rawQuery, synonyms);
  if (groups.length === 0) return [];
  const pagefind = await loadPagefind(base);
  const loaders = await gatherCandidates(pagefind, rawQuery, groups, synonyms);
  const candidates = await Promise.all(loaders.map(async (load) => toCandidate(await load())));
  return rankCandidates(groups, candidates).map(({ candidate, matched, sections }) => ({
    url: candidate.url,
    title: candidate.title,
    category: candidate.category,
    excerpt: buildExcerpt(candidate.content, matched),
    sections: sections.slice(0, MAX_SECTIONS).map((section) => ({
      title: section.title,
      url: section.url,
      excerpt: buildExcerpt(section.text, matched, 40),
    })),
  }));
}
