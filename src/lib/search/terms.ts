import type { QueryText } from './normalise.ts';

/**
 * What a query asks for, as groups of interchangeable terms. A page "matches" a group
 * when it contains one of the group's terms as a contiguous string: that is what stops
 * 面单 from matching a page that only has 面 and 单 far apart.
 *
 * Chinese runs are cut into overlapping pairs of characters (快递丢了 → 快递, 递丢, 丢了),
 * the way CJK search engines have long done it. This needs no word dictionary, so it
 * behaves the same in every browser, including old webviews without Intl.Segmenter
 * (whose Chinese word-splitting also turned out to cut 微信 into 微 and 信). Pairs that
 * span two words (递丢) simply never match and cost nothing. Longer runs that do appear
 * in a page (验证码, the whole 快递丢了) earn a bonus on top.
 */
export interface TermGroup {
  /** The words to look for; the first is what the reader typed (after normalising). */
  terms: string[];
  /** How much a match counts. */
  weight: number;
  /**
   * "core" groups decide how much of the question a page answers; "bonus" groups (longer
   * runs, which often cross word boundaries) only add to the score when they do match.
   */
  role: 'core' | 'bonus';
}

/** Characters that make a pair say little on its own (的, 了, 我, 怎么…). */
const FILLER = new Set(Array.from('的了吗呢啊吧呀嘛我你他她它们是在有和与就都也要会能这那个一么怎什样如何为哪里请还让说给把被又该着过'));

/** Alternative spellings, from content/search/synonyms.yaml: "written" → what it means. */
export type SynonymTable = ReadonlyMap<string, readonly string[]>;

/** The word lists a query is read with (content/search/, served as search/words.json). */
export interface Vocabulary {
  synonyms: SynonymTable;
  /** Words that make a query a question or a request and say nothing about its topic (怎么办, 吗, 请问). */
  questionWords: readonly string[];
  /** Those of them that ask what a word means (是什么, 什么意思). */
  definitionWords: readonly string[];
}

export const EMPTY_VOCABULARY: Vocabulary = { synonyms: new Map(), questionWords: [], definitionWords: [] };

/**
 * What to ask Pagefind on a large site: the query without its question words (Pagefind's
 * own word splitting finds 隐私面单 better than our pairs would), and each of its words on
 * its own with its weight, for a question no page holds every word of. Known alternative
 * spellings are written the usual way (屏幕分享 → 屏幕共享), because that is how the pages
 * write them; the ranking still looks for both spellings in the pages Pagefind returns.
 */
export interface PagefindQuestion {
  whole: string;
  /** The weight of all the question's words together: what a page with the whole query counts. */
  weight: number;
  /** The heaviest words first, each once (with the weight of its lightest spelling). */
  words: { text: string; weight: number }[];
}

/** What a query asks, read once from the normalised query, for the search to gather and rank pages with. */
export interface ParsedQuery {
  groups: TermGroup[];
  /** The query without its question words, as normalised text: what it is about. */
  subject: string;
  /** The query as typed (normalised, spaces removed), question words and all: a tool can be asked for by a whole question ("是不是骗子"). */
  typed: string;
  /** True when it asks what a word means ("云仓是什么"): the word's definition is an answer. */
  asksDefinition: boolean;
  /** For such a question, the same question as a heading would put it (什么是云仓, 云仓是什么). */
  definitionHeadings: string[];
  /**
   * True when what is asked is longer than one word (Chinese words are rarely longer than
   * four characters): a question whose words one section of a page may hold together.
   */
  severalWords: boolean;
  pagefind: PagefindQuestion;
}

const LONGEST_WORD = 4;

const LONGEST_BONUS_RUN = 6;

function makeGroup(term: string, role: TermGroup['role'], weight: number, synonyms: SynonymTable): TermGroup {
  const alternatives = (synonyms.get(term) ?? []).filter((alternative) => alternative !== term);
  return { terms: [term, ...alternatives], weight, role };
}

function pairWeight(pair: string): number {
  const fillers = Array.from(pair).filter((char) => FILLER.has(char)).length;
  return fillers === 0 ? 1 : fillers === 1 ? 0.3 : 0;
}

/** Splits a token into runs of Chinese characters and runs of everything else. */
function runs(token: string): string[] {
  return token.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
}

/** The longest of `words` that starts at `at` in `text`, or "". */
function wordAt(text: string, at: number, words: readonly string[]): string {
  let found = '';
  for (const word of words) if (word.length > found.length && text.startsWith(word, at)) found = word;
  return found;
}

/**
 * Drops question words from a normalised query, leaving spaces where they were so the
 * words around them are not joined into a pair ("共享屏幕怎么办" → "共享屏幕 "). A known
 * spelling (验证吗, a typo for 验证码) is kept whole even when it ends in a question word.
 */
function dropQuestionWords(query: string, vocabulary: Vocabulary): { text: string; asksDefinition: boolean } {
  const protectedWords = [...vocabulary.synonyms.keys()];
  let text = '';
  let asksDefinition = false;
  let at = 0;
  while (at < query.length) {
    const kept = wordAt(query, at, protectedWords);
    const dropped = kept ? '' : wordAt(query, at, vocabulary.questionWords);
    if (kept) {
      text += kept;
      at += kept.length;
    } else if (dropped) {
      text += ' ';
      at += dropped.length;
      if (vocabulary.definitionWords.includes(dropped)) asksDefinition = true;
    } else {
      text += query[at];
      at += 1;
    }
  }
  return { text: text.replace(/\s+/gu, ' ').trim(), asksDefinition };
}

export function parseQuery(normalised: QueryText, vocabulary: Vocabulary = EMPTY_VOCABULARY): ParsedQuery {
  const stripped = dropQuestionWords(normalised, vocabulary);
  // A query made only of question words ("怎么办") is still searched as typed.
  const query = stripped.text === '' ? normalised : stripped.text;
  const { synonyms } = vocabulary;
  const groups: TermGroup[] = [];
  const seen = new Set<string>();
  const add = (term: string, role: TermGroup['role'], weight: number) => {
    if (weight <= 0 || seen.has(term)) return;
    seen.add(term);
    groups.push(makeGroup(term, role, weight, synonyms));
  };

  for (const token of query === '' ? [] : query.split(' ')) {
    const chars = Array.from(token);
    const han = /\p{Script=Han}/u.test(token);
    const other = /[^\p{Script=Han}]/u.test(token);
    // A known alternative spelling (加v, vx) is matched exactly as written.
    if (synonyms.has(token)) {
      add(token, 'core', 2);
      continue;
    }
    const parts = runs(token);
    if (han && other) {
      // Mixed terms: where letters or digits meet a Chinese character (U盘, 15元, 加v)
      // is a term in its own right; the whole token is a bonus.
      for (let i = 0; i + 1 < parts.length; i++) {
        const left = parts[i]!;
        const right = parts[i + 1]!;
        const leftHan = /\p{Script=Han}/u.test(left);
        // (No Array.prototype.at: WeChat's older webviews lack it.)
        const leftChars = Array.from(left);
        add(leftHan ? leftChars[leftChars.length - 1]! + right : left + Array.from(right)[0]!, 'core', 2);
      }
      if (chars.length <= LONGEST_BONUS_RUN + 2) add(token, 'bonus', chars.length - 1);
    }
    for (const run of parts) {
      const runChars = Array.from(run);
      if (!/\p{Script=Han}/u.test(run)) {
        // Single letters and digits ("x", "1") match almost every page and say nothing;
        // inside a mixed term the joined term above already covers short runs.
        if (runChars.length >= (han ? 3 : 2)) add(run, 'core', /^\d{3,}$/.test(run) ? 2.5 : 1.5);
        continue;
      }
      if (runChars.length === 1) {
        if (!other) add(run, 'core', FILLER.has(run) ? 0 : 1);
        continue;
      }
      // A known spelling of three or more characters inside a sentence (快递单, 一定要) is
      // a word of the question in its own right; shorter ones are among the pairs anyway.
      for (const written of synonyms.keys()) {
        const length = Array.from(written).length;
        if (length >= 3 && written !== run && run.includes(written)) add(written, 'core', length - 1);
      }
      for (let i = 0; i + 1 < runChars.length; i++) {
        const pair = runChars[i]! + runChars[i + 1]!;
        add(pair, 'core', pairWeight(pair));
      }
      // Longer stretches, up to the whole run: a bonus when the page has them as typed.
      for (let length = 3; length <= Math.min(LONGEST_BONUS_RUN, runChars.length); length++) {
        for (let i = 0; i + length <= runChars.length; i++) {
          add(runChars.slice(i, i + length).join(''), 'bonus', length - 1);
        }
      }
    }
  }
  const word = query.replace(/\s+/gu, '');
  const definitionHeadings = stripped.asksDefinition ? vocabulary.definitionWords.flatMap((asking) => [asking + word, word + asking]) : [];
  return {
    groups,
    subject: query,
    typed: normalised.replace(/\s+/gu, ''),
    asksDefinition: stripped.asksDefinition,
    definitionHeadings,
    severalWords: Array.from(word).length > LONGEST_WORD,
    pagefind: pagefindQuestion(query, groups, synonyms),
  };
}

/** `text` with every known alternative spelling written the usual way, the longest first. */
function usualSpelling(text: string, synonyms: SynonymTable): string {
  let spelled = text;
  const written = [...synonyms.keys()].filter((key) => spelled.includes(key)).sort((a, b) => b.length - a.length);
  for (const key of written) {
    const meaning = synonyms.get(key)?.find((alternative) => alternative !== key);
    if (meaning && spelled.includes(key)) spelled = spelled.split(key).join(meaning);
  }
  return spelled;
}

/** Words lighter than this (pairs with a filler character) are not worth a search of their own. */
const MIN_WORD_WEIGHT = 1;

function pagefindQuestion(subject: string, groups: readonly TermGroup[], synonyms: SynonymTable): PagefindQuestion {
  const words = new Map<string, number>();
  const heaviest = groups.filter((g) => g.role === 'core' && g.weight >= MIN_WORD_WEIGHT).sort((a, b) => b.weight - a.weight);
  for (const group of heaviest) words.set(usualSpelling(group.terms[0]!, synonyms), group.weight);
  return {
    whole: usualSpelling(subject, synonyms),
    weight: heaviest.reduce((sum, g) => sum + g.weight, 0),
    words: [...words].map(([text, weight]) => ({ text, weight })),
  };
}
