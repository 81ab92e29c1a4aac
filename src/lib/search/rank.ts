import { normaliseText } from './normalise.ts';
import type { TermGroup } from './terms.ts';

/**
 * Ranks the pages Pagefind gathered. Pagefind splits Chinese queries into characters
 * and scores pages that contain them anywhere; we keep only pages where a term appears
 * as written, then order them by how much of the question they answer and where the
 * words appear (title, then section headings, then body text).
 */
export interface Section {
  title: string;
  url: string;
  text: string;
}

export interface Candidate {
  url: string;
  title: string;
  content: string;
  sections: readonly Section[];
  /**
   * How much a match on this page counts, 1 when unset. A reference list (the glossary)
   * names every topic in a line or two, so it sits below the page that teaches the topic.
   */
  weight?: number;
}

export interface Ranked<C extends Candidate = Candidate> {
  candidate: C;
  score: number;
  /** Share of the query's weight this page answers, 0–1. */
  coverage: number;
  /** Terms found, for highlighting. */
  matched: string[];
  /** Sections whose heading or text contains a term, best first. */
  sections: Section[];
}

const TITLE_BONUS = 6;
const SECTION_TITLE_BONUS = 3;
const MAX_COUNTED = 6;

function occurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  let from = haystack.indexOf(needle);
  while (from !== -1 && count < MAX_COUNTED) {
    count += 1;
    from = haystack.indexOf(needle, from + needle.length);
  }
  return count;
}

export function rankCandidates<C extends Candidate>(groups: readonly TermGroup[], candidates: readonly C[]): Ranked<C>[] {
  const totalWeight = groups.filter((g) => g.role === 'core').reduce((sum, g) => sum + g.weight, 0);
  if (totalWeight === 0) return [];
  const ranked: Ranked<C>[] = [];

  for (const candidate of candidates) {
    const title = normaliseText(candidate.title);
    const content = normaliseText(candidate.content);
    const sections = candidate.sections.map((section) => ({
      section,
      title: normaliseText(section.title),
      text: normaliseText(section.text),
    }));
    let score = 0;
    let coveredWeight = 0;
    const matched: string[] = [];
    const sectionScores = new Map<Section, number>();

    for (const g of groups) {
      let groupScore = 0;
      for (const term of g.terms) {
        const inTitle = title.includes(term);
        const count = occurrences(content, term);
        if (!inTitle && count === 0) continue;
        matched.push(term);
        let termScore = (inTitle ? TITLE_BONUS : 0) + Math.log2(1 + count) * 2;
        for (const s of sections) {
          const inSectionTitle = s.title.includes(term);
          const inSectionText = s.text.includes(term);
          if (inSectionTitle) termScore = Math.max(termScore, SECTION_TITLE_BONUS + Math.log2(1 + count) * 2);
          if (inSectionTitle || inSectionText) {
            sectionScores.set(s.section, (sectionScores.get(s.section) ?? 0) + g.weight * (inSectionTitle ? 3 : 1));
          }
        }
        groupScore = Math.max(groupScore, termScore);
      }
      if (groupScore > 0) {
        if (g.role === 'core') coveredWeight += g.weight;
        score += g.weight * groupScore;
      }
    }

    if (coveredWeight === 0) continue;
    const coverage = coveredWeight / totalWeight;
    ranked.push({
      candidate,
      // Answering more of the question beats repeating one word many times.
      score: score * coverage * coverage * (candidate.weight ?? 1),
      coverage,
      matched: [...new Set(matched)],
      sections: [...sectionScores.entries()].sort((a, b) => b[1] - a[1]).map(([section]) => section),
    });
  }

  // Pagefind's own score is left out on purpose: it changes with the size of the site, and
  // the same pages must rank the same at 5 articles and at 300.
  return ranked.sort((a, b) => b.score - a.score || a.candidate.url.localeCompare(b.candidate.url));
}
