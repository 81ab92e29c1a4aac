import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { rankCandidates, type Candidate } from '../../lib/search/rank.ts';
import { splitSections } from '../../lib/search/sections.ts';
import { extractTermGroups, type SynonymTable, type TermGroup } from '../../lib/search/terms.ts';
import { loadPagefind, type Pagefind, type PagefindData } from './pagefind.ts';

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
 * Pagefind split a Chinese word differently. Bigger sites ask Pagefind per term and look
 * closely at its best results for each.
 */
const READ_WHOLE_SITE_UP_TO = 60;
const CANDIDATES_PER_TERM = 12;
const MAX_TERM_QUERIES = 16;
const MAX_SECTIONS = 3;

interface PageCandidate extends Candidate {
  category: string;
}

function toCandidate(data: PagefindData, engineScore: number): PageCandidate {
  return {
    url: data.url,
    title: data.meta['title'] ?? '',
    category: data.meta['category'] ?? '',
    content: data.content,
    sections: splitSections(data.url, data.content, data.anchors),
    engineScore,
    weight: Number(data.meta['rank-weight'] ?? 1) || 1,
  };
}

type Loader = { score: number; load: () => Promise<PagefindData> };

async function gatherCandidates(pagefind: Pagefind, groups: readonly TermGroup[]): Promise<Loader[]> {
  const everything = await pagefind.search(null);
  if (everything && everything.results.length <= READ_WHOLE_SITE_UP_TO) {
    return everything.results.map((result) => ({ score: 0, load: result.data }));
  }
  const queries = groups
    .filter((g) => g.role === 'core')
    .sort((a, b) => b.weight - a.weight)
    .flatMap((g) => g.terms)
    .slice(0, MAX_TERM_QUERIES);
  const responses = await Promise.all([...new Set(queries)].map((query) => pagefind.search(query)));
  const best = new Map<string, Loader>();
  for (const response of responses) {
    for (const result of response?.results.slice(0, CANDIDATES_PER_TERM) ?? []) {
      const known = best.get(result.id);
      if (!known || known.score < result.score) best.set(result.id, { score: result.score, load: result.data });
    }
  }
  return [...best.values()];
}

export async function search(rawQuery: string, base: string, synonyms: SynonymTable): Promise<SearchHit[]> {
  const groups = extractTermGroups(rawQuery, synonyms);
  if (groups.length === 0) return [];
  const pagefind = await loadPagefind(base);
  const loaders = await gatherCandidates(pagefind, groups);
  const candidates = await Promise.all(loaders.map(async ({ score, load }) => toCandidate(await load(), score)));
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
