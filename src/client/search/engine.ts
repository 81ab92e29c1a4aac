import { buildExcerpt, type ExcerptPart } from '../../lib/search/excerpt.ts';
import { rankCandidates, type Candidate, type Section } from '../../lib/search/rank.ts';
import { intlSegmenter, vocabularySegmenter, type Segmenter } from '../../lib/search/segment.ts';
import { candidateQueries, extractTermGroups, type SynonymTable } from '../../lib/search/terms.ts';
import { loadPagefind, type PagefindData } from './pagefind.ts';

/**
 * One search, start to finish: split the query into words, ask Pagefind for candidate
 * pages for the whole query and for each word, then keep and order the pages that
 * really contain the words (src/lib/search/rank.ts).
 */
export interface SearchHit {
  url: string;
  title: string;
  category: string;
  excerpt: ExcerptPart[];
  sections: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

/** How many Pagefind results per sub-query we look at closely. */
const CANDIDATES_PER_QUERY = 12;
const MAX_SECTIONS = 3;

interface PageCandidate extends Candidate {
  category: string;
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/gi, (entity) => decodeEntity(entity));

function decodeEntity(entity: string): string {
  const map: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
  return map[entity] ?? entity;
}

let segmenterPromise: Promise<Segmenter> | undefined;

/** Intl.Segmenter where the browser has it; otherwise the site's vocabulary, fetched once. */
function getSegmenter(base: string): Promise<Segmenter> {
  segmenterPromise ??= (async () => {
    const native = intlSegmenter();
    if (native) return native;
    try {
      const response = await fetch(`${base}search/vocabulary.json`);
      const words = (await response.json()) as string[];
      return vocabularySegmenter(new Set(words));
    } catch {
      return vocabularySegmenter(new Set());
    }
  })();
  return segmenterPromise;
}

function toCandidate(data: PagefindData, engineScore: number): PageCandidate {
  const sections: Section[] = data.sub_results
    .filter((sub) => sub.url !== data.url)
    .map((sub) => ({ title: sub.title, url: sub.url, text: stripTags(sub.excerpt) }));
  return {
    url: data.url,
    title: data.meta['title'] ?? '',
    category: data.meta['category'] ?? '',
    content: data.content,
    sections,
    engineScore,
  };
}

export async function search(rawQuery: string, base: string, synonyms: SynonymTable): Promise<SearchHit[]> {
  const [pagefind, segment] = await Promise.all([loadPagefind(base), getSegmenter(base)]);
  const groups = extractTermGroups(rawQuery, segment, synonyms);
  if (groups.length === 0) return [];

  const queries = [groups.map((g) => g.terms[0]).join(' '), ...candidateQueries(groups)];
  const responses = await Promise.all([...new Set(queries)].map((query) => pagefind.search(query)));
  const best = new Map<string, { score: number; load: () => Promise<PagefindData> }>();
  for (const response of responses) {
    for (const result of response?.results.slice(0, CANDIDATES_PER_QUERY) ?? []) {
      const known = best.get(result.id);
      if (!known || known.score < result.score) best.set(result.id, { score: result.score, load: result.data });
    }
  }

  const candidates = await Promise.all([...best.values()].map(async ({ score, load }) => toCandidate(await load(), score)));
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
