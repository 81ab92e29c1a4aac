import { getCollection } from 'astro:content';
import { repeatedWords, type SearchWords } from '../lib/search/words.ts';
import { withBase } from '../lib/url.ts';

/** The word lists of content/search/, in the form the search reads them (src/lib/search/words.ts). */
export async function getSearchWords(): Promise<SearchWords> {
  const [synonyms, questionWords, intents] = await Promise.all([
    getCollection('searchSynonyms'),
    getCollection('searchQuestionWords'),
    getCollection('searchIntents'),
  ]);
  const problems = [
    ...repeatedWords(synonyms.map(({ id, data }) => ({ id, words: [data.written] }))).map((problem) => `content/search/synonyms.yaml: \`written\` ${problem}; merge them`),
    ...repeatedWords(intents.map(({ id, data }) => ({ id, words: data.words }))).map((problem) => `content/search/intents.yaml: ${problem}; keep it for one page`),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // Longest first, so 怎么办 is dropped whole rather than leaving 办 behind.
  const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
  const unique = (words: string[]) => [...new Set(words)].sort(byLength);
  return {
    synonyms: synonyms.map(({ data }) => [data.written, data.means]),
    questionWords: unique(questionWords.flatMap(({ data }) => data.words)),
    definitionWords: unique(questionWords.filter(({ data }) => data.asks === 'definition').flatMap(({ data }) => data.words)),
    intents: intents.map(({ data }) => ({ page: withBase(data.page), words: unique(data.words) })),
  };
}

/** The pages content/search/intents.yaml sends searches to, site paths without the base. */
export async function getSearchIntentPages(): Promise<string[]> {
  return [...new Set((await getCollection('searchIntents')).map(({ data }) => data.page))];
}
