import { normaliseText } from './normalise.ts';
import type { ParsedQuery, TermGroup } from './terms.ts';

/**
 * Ranks the pages Pagefind gathered. Pagefind splits Chinese queries into characters
 * and scores pages that contain them anywhere; we keep only pages where a term appears
 * as written, then order them by how much of the question they answer, where the words
 * appear (title, then section headings, then body text), and whether one section of the
 * page holds the whole question: a heading with the question's words and the answer
 * under it beats a page that only repeats common words (电话, 快递) here and there.
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
   * names every topic in a line or two, so it sits below the page that teaches the topic,
   * except when the question asks what a word means.
   */
  weight?: number;
  /** Words people use for what the page does (content/search/intents.yaml); they count as title words. */
  keywords?: readonly string[];
}

export interface Ranked<C extends Candidate = Candidate> {
  candidate: C;
  score: number;
  /** Share of the query's weight this page answers, 0–1. */
  coverage: number;
  /** Terms found, for highlighting. */
  matched: string[];
  /** Sections whose heading or text contains a term, the one that answers most first. */
  sections: Section[];
  /**
   * The section that answers the query, when one does: the definition of the word a
   * definition question asks about, or the section that holds most of the words of a
   * longer question that the page has, some of them in its text. Results link straight to it.
   */
  answer?: Section;
  /** Characters of the query that name this page as a tool ("答题"), 0 for none. */
  named: number;
}

const TITLE_BONUS = 6;
const SECTION_TITLE_BONUS = 3;
const MAX_COUNTED = 6;
/** How much a section that holds the whole question, in its heading too, multiplies a page's score (1 + this at most). */
const ANSWER_WEIGHT = 2;
/**
 * The share of the question's words found on a page that one section must hold to be called
 * the answer (words in its heading count twice: a heading that asks the question is a good sign).
 */
const ANSWER_SHARE = 0.6;
/** A definition of exactly the word asked about. */
const DEFINITION_BONUS = 2;

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

/** A heading as a bare word: "云仓", not "云仓：" or "“云仓”". */
const bareHeading = (title: string) => title.replace(/[\p{P}\p{S}\s]+/gu, '');

/**
 * How telling each of the query's words is, from how few sections of the gathered pages
 * contain it: 拆下 in one section says more than 快递 in forty. Counted per section, not per
 * page, because nearly every page says 快递 somewhere while few sections are about it.
 */
function sectionRarity(groups: readonly TermGroup[], candidates: readonly Candidate[]): Map<TermGroup, number> {
  const texts = candidates.flatMap((candidate) =>
    candidate.sections.length > 0
      ? candidate.sections.map((section) => normaliseText(`${section.title} ${section.text}`))
      : [normaliseText(`${candidate.title} ${candidate.content}`)],
  );
  return new Map(
    groups.map((g) => {
      const containing = texts.filter((text) => g.terms.some((term) => text.includes(term))).length;
      return [g, Math.log((texts.length + 1) / (containing + 0.5))];
    }),
  );
}

interface SectionMatch {
  section: Section;
  title: string;
  text: string;
  /** Weight of the query's core groups found in the heading or the text. */
  covered: number;
  /** Weight of those found in the heading. */
  inHeading: number;
  /** Whether the text under the heading has any of them: a heading alone answers nothing. */
  inText: boolean;
}

/** What one page has of the query's words. */
interface PageMatch {
  /** Each group's best place (title, a heading, the text, how often) times its weight, summed. */
  score: number;
  /** Weight of the core groups the page has, plain and scaled by rarity. */
  coveredWeight: number;
  coveredRare: number;
  /** Terms found, for highlighting. */
  matched: string[];
  sections: SectionMatch[];
}

/** How the query is weighed against every page: computed once for all of them. */
interface Weighing {
  groups: readonly TermGroup[];
  totalWeight: number;
  rarity: Map<TermGroup, number>;
  /** The core groups' weight scaled by rarity: what a section holding the whole question has. */
  rareWeight: number;
}

/**
 * Step 1, per page: where each group's terms appear. A term in the title (or in the words
 * people use for the page's tool) counts most, in a section heading next, and each use in
 * the text a little, with diminishing returns; the group counts its best term.
 */
function matchPage(candidate: Candidate, { groups, rarity }: Weighing): PageMatch {
  const title = normaliseText(candidate.title);
  const keywords = (candidate.keywords ?? []).map(normaliseText);
  const content = normaliseText(candidate.content);
  const sections: SectionMatch[] = candidate.sections.map((section) => ({
    section,
    title: normaliseText(section.title),
    text: normaliseText(section.text),
    covered: 0,
    inHeading: 0,
    inText: false,
  }));
  const page: PageMatch = { score: 0, coveredWeight: 0, coveredRare: 0, matched: [], sections };

  for (const g of groups) {
    let groupScore = 0;
    const sectionsHit = new Set<SectionMatch>();
    const headingsHit = new Set<SectionMatch>();
    const textsHit = new Set<SectionMatch>();
    for (const term of g.terms) {
      const inTitle = title.includes(term) || keywords.some((keyword) => keyword.includes(term));
      const count = occurrences(content, term);
      if (!inTitle && count === 0) continue;
      page.matched.push(term);
      const frequency = Math.log2(1 + count) * 2;
      let termScore = (inTitle ? TITLE_BONUS : 0) + frequency;
      for (const s of sections) {
        const inSectionTitle = s.title.includes(term);
        if (inSectionTitle) {
          termScore = Math.max(termScore, SECTION_TITLE_BONUS + frequency);
          headingsHit.add(s);
        }
        const inSectionText = s.text.includes(term);
        if (inSectionText) textsHit.add(s);
        if (inSectionTitle || inSectionText) sectionsHit.add(s);
      }
      groupScore = Math.max(groupScore, termScore);
    }
    if (groupScore === 0) continue;
    // Only core groups say how much of the question the page and its sections answer.
    if (g.role === 'core') {
      const rare = g.weight * rarity.get(g)!;
      page.coveredWeight += g.weight;
      page.coveredRare += rare;
      for (const s of sectionsHit) s.covered += rare;
      for (const s of headingsHit) s.inHeading += rare;
      for (const s of textsHit) s.inText = true;
    }
    page.score += g.weight * groupScore;
  }
  return page;
}

/**
 * Step 2: how well a section answers the question: it holds the question's words, the more
 * of them in its heading the better. 0–1.
 */
function answerScore(s: SectionMatch, rareWeight: number): number {
  return ((s.covered / rareWeight) * (1 + (2 * s.inHeading) / rareWeight)) / 3;
}

/**
 * Step 3, for a question asking what a word means: whether a heading is the word itself (a
 * glossary entry, or the word written another known way) or the question itself (什么是云仓).
 */
function definitionTest(query: ParsedQuery): ((title: string) => boolean) | undefined {
  if (!query.asksDefinition) return undefined;
  const asked = bareHeading(query.subject);
  if (!asked) return undefined;
  const askedAs = new Set([asked, ...(query.groups.find((g) => g.terms[0] === asked)?.terms ?? [])]);
  return (title) => {
    const bare = bareHeading(title);
    return askedAs.has(bare) || query.definitionHeadings.some((heading) => bare.includes(heading));
  };
}

/** Step 4: how many characters of the query name this page as a tool ("答题", "打印海报", "是不是骗子"), 0 for none. */
function namedTool(candidate: Candidate, spoken: readonly string[]): number {
  return (candidate.keywords ?? []).map(normaliseText).reduce((longest, keyword) => (spoken.some((text) => text.includes(keyword)) ? Math.max(longest, keyword.length) : longest), 0);
}

export function rankCandidates<C extends Candidate>(query: ParsedQuery, candidates: readonly C[]): Ranked<C>[] {
  const { groups, severalWords } = query;
  const coreGroups = groups.filter((g) => g.role === 'core');
  const totalWeight = coreGroups.reduce((sum, g) => sum + g.weight, 0);
  if (totalWeight === 0) return [];
  const rarity = sectionRarity(coreGroups, candidates);
  const weighing: Weighing = { groups, totalWeight, rarity, rareWeight: coreGroups.reduce((sum, g) => sum + g.weight * rarity.get(g)!, 0) };
  const defines = definitionTest(query);
  // What the query is about, and the whole query as typed: an intent may be a whole question.
  const spoken = [query.subject.replace(/\s+/gu, ''), query.typed];
  const ranked: Ranked<C>[] = [];

  for (const candidate of candidates) {
    const page = matchPage(candidate, weighing);
    if (page.coveredWeight === 0) continue;
    const coverage = page.coveredWeight / totalWeight;
    const answering = page.sections.filter((s) => s.inText).sort((a, b) => answerScore(b, weighing.rareWeight) - answerScore(a, weighing.rareWeight));
    const definition = defines ? page.sections.find((s) => defines(s.title)) : undefined;
    // One word (屏幕共享) has nothing for a section to bring together: the page that teaches
    // it ranks by the word alone. A longer query holds several words, and the section
    // holding them all answers it.
    const best = severalWords && answering[0] ? answerScore(answering[0], weighing.rareWeight) : 0;
    // Answering more of the question beats repeating one word many times.
    const score = (page.score / totalWeight) * coverage * coverage * (1 + ANSWER_WEIGHT * best);
    const held = answering[0];
    const answer = definition ?? (severalWords && held && held.covered + held.inHeading >= ANSWER_SHARE * page.coveredRare ? held : undefined);
    ranked.push({
      candidate,
      named: namedTool(candidate, spoken),
      // A definition question is answered by the definition, wherever it is listed.
      score: definition ? score * DEFINITION_BONUS : score * (candidate.weight ?? 1),
      coverage,
      matched: [...new Set(page.matched)],
      sections: (definition ? [definition, ...answering.filter((s) => s !== definition)] : answering).map((s) => s.section),
      ...(answer ? { answer: answer.section } : {}),
    });
  }

  // Pagefind's own score is left out on purpose: it changes with the size of the site, and
  // the same pages must rank the same at 5 articles and at 300.
  return ranked.sort((a, b) => b.named - a.named || b.score - a.score || a.candidate.url.localeCompare(b.candidate.url));
}
