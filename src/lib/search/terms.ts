import { hasHan, isHan, normaliseQuery } from './normalise.ts';
import type { Segmenter } from './segment.ts';

/**
 * What a query asks for, as groups of interchangeable terms. A page "matches" a group
 * when it contains any of the group's terms as a contiguous string: that is what stops
 * 面单 from matching a page that only has 面 and 单 far apart.
 */
export interface TermGroup {
  /** The words to look for; the first is what the reader typed (after normalising). */
  terms: string[];
  /** How much a match counts: longer and numeric terms are more specific. */
  weight: number;
  /** True for a whole short run the reader typed ("快递丢了"), which earns a bonus when found as is. */
  phrase: boolean;
}

/** Words that carry no meaning on their own in a question. */
const STOPWORDS = new Set([
  '的', '了', '吗', '呢', '啊', '吧', '呀', '嘛', '我', '你', '他', '她', '它', '我们', '是', '在', '有', '和', '与', '就',
  '都', '也', '要', '会', '能', '这', '那', '个', '一', '一个', '什么', '怎么', '怎样', '如何', '为什么', '哪', '哪里',
  '请问', '是不是', '可以', '还', '让', '说', '给', '把', '被', '又', '该', '着', '过', '里', '上', '下',
]);

/** Alternative spellings, from content/search/synonyms.yaml: "written" → what it means. */
export type SynonymTable = ReadonlyMap<string, readonly string[]>;

function weightOf(term: string): number {
  const length = Array.from(term).length;
  if (/^\d{3,}$/.test(term)) return 2.5;
  if (length >= 4) return 2;
  if (length === 3) return 1.5;
  return 1;
}

function group(term: string, synonyms: SynonymTable, phrase = false): TermGroup {
  const alternatives = synonyms.get(term) ?? [];
  return { terms: [term, ...alternatives.filter((alternative) => alternative !== term)], weight: weightOf(term), phrase };
}

/** Splits a token into runs of Chinese characters and runs of everything else. */
function runs(token: string): string[] {
  return token.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
}

export function extractTermGroups(rawQuery: string, segment: Segmenter, synonyms: SynonymTable = new Map()): TermGroup[] {
  const query = normaliseQuery(rawQuery);
  if (query === '') return [];
  const groups: TermGroup[] = [];
  const seen = new Set<string>();
  const add = (candidate: TermGroup) => {
    const key = candidate.terms[0]!;
    if (seen.has(key)) return;
    seen.add(key);
    groups.push(candidate);
  };

  // A whole query that is a known alternative spelling ("加v", "vx") maps as a unit.
  for (const token of query.split(' ')) {
    if (synonyms.has(token)) {
      add(group(token, synonyms));
      continue;
    }
    const length = Array.from(token).length;
    const mixed = hasHan(token) && /[^\p{Script=Han}]/u.test(token);
    if (mixed && length <= 6) {
      // U盘, 15元, 加v: short mixed terms are matched exactly, as written.
      add(group(token, synonyms));
      continue;
    }
    for (const run of runs(token)) {
      if (!isHan(Array.from(run)[0]!)) {
        // Single letters and digits ("x", "1") match almost every page and say nothing.
        if (run.length >= 2) add(group(run, synonyms));
        continue;
      }
      const words = segment(run).filter((word) => !STOPWORDS.has(word));
      const runLength = Array.from(run).length;
      if (runLength <= 4 && words.length !== 1) add(group(run, synonyms, true));
      for (const word of words) {
        if (Array.from(word).length >= 2 || runLength === 1) add(group(word, synonyms));
      }
      if (words.length === 0 && runLength >= 2) add(group(run, synonyms, true));
    }
  }
  return groups;
}

/** The plain words to hand to Pagefind to gather candidate pages. */
export function candidateQueries(groups: readonly TermGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => g.terms))];
}
