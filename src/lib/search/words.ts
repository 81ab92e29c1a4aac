import type { Vocabulary } from './terms.ts';

/**
 * The word lists search reads queries with, as the build writes them to search/words.json
 * from content/search/ (src/pages/search/words.json.ts). They are fetched with the search
 * index on the first search rather than carried by every page.
 */
export interface SearchWords {
  /** Alternative spellings: [written, what it means]. */
  synonyms: [string, string[]][];
  /** Question and filler words, dropped from queries. */
  questionWords: string[];
  /** Those that ask what a word means. */
  definitionWords: string[];
  /** Tool pages (with the site's base) and the words people use for what they do. */
  intents: Intent[];
}

export interface Intent {
  page: string;
  words: string[];
}

export const SEARCH_WORDS_FILE = 'search/words.json';

export function toVocabulary(words: SearchWords): Vocabulary {
  return {
    synonyms: new Map(words.synonyms),
    questionWords: words.questionWords,
    definitionWords: words.definitionWords,
  };
}

/**
 * The tool pages a query asks for: those with an intent word the query contains (答题 in
 * 我想答题). Looked for in what the query is about and in the query as typed, since some
 * intents are whole questions ("是不是骗子") whose question words the subject has lost.
 */
export function intendedPages(subject: string, intents: readonly Intent[], typed = ''): string[] {
  const texts = [subject, typed].map((text) => text.replace(/\s+/gu, '')).filter((text) => text !== '');
  if (texts.length === 0) return [];
  return intents.filter((intent) => intent.words.some((word) => texts.some((text) => text.includes(word)))).map((intent) => intent.page);
}

/** The intent words of a page, by its path (the words count as its title words). */
export function keywordsOf(url: string, intents: readonly Intent[]): string[] {
  const path = url.split('#')[0]!;
  return intents.filter((intent) => intent.page === path).flatMap((intent) => intent.words);
}

/**
 * Words listed under more than one entry ("报警" written twice in synonyms.yaml, "测试" for
 * two tools): only one of them could take effect, so the build names both.
 */
export function repeatedWords(entries: readonly { id: string; words: readonly string[] }[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, words } of entries) {
    for (const word of new Set(words)) {
      const first = owner.get(word);
      if (first === undefined) owner.set(word, id);
      else problems.push(`"${word}" is listed under both ${first} and ${id}`);
    }
  }
  return problems;
}
