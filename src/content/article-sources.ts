import { getCollection, type CollectionEntry } from 'astro:content';
import { citationProblems } from '../lib/sources/citations.ts';
import type { Source } from './schemas/sources.ts';

/**
 * An article's sources, resolved from content/sources/ and checked: an unknown id, a
 * hotline or law the text mentions without citing a source for it, or a shared list
 * (hotlines, police tips) shown without its sources fails the build, naming the file.
 */
export interface CitedSource extends Source {
  id: string;
}

/**
 * What the shared lists an article can show bring onto the page, by tag: the sources they
 * name, and their words, which are checked for mentions like the article's own text.
 */
interface SharedList {
  sources: string[];
  text: string;
}

/** The article tags (src/components/mdx/) that show a shared list; a unit test keeps them among the tags. */
export const SHARED_LIST_TAGS = ['HotlineList', 'TipList'] as const;

async function sharedLists(): Promise<Record<(typeof SHARED_LIST_TAGS)[number], SharedList>> {
  const [hotlines, tips] = await Promise.all([getCollection('hotlines'), getCollection('tips')]);
  return {
    HotlineList: {
      sources: [...new Set(hotlines.flatMap((entry) => entry.data.sources))],
      text: hotlines.map(({ data }) => [data.name, data.when, data.what].join('\n')).join('\n'),
    },
    TipList: {
      sources: [...new Set(tips.flatMap((entry) => (entry.data.source ? [entry.data.source] : [])))],
      text: tips.map(({ data }) => [data.rule, data.why, data.scammerSays, data.truth].join('\n')).join('\n'),
    },
  };
}

export async function getArticleSources(article: CollectionEntry<'articles'>): Promise<CitedSource[]> {
  const catalogue = await getCollection('sources');
  const lists = await sharedLists();
  const body = article.body ?? '';
  const shown = SHARED_LIST_TAGS.flatMap((tag) => (body.includes(`<${tag}`) ? [lists[tag]] : []));
  const required = [...new Set(shown.flatMap((list) => list.sources))];
  const { title, description, summary, sources, remember } = article.data;
  const problems = citationProblems(
    {
      file: article.filePath ?? `content/articles/${article.id}.mdx`,
      text: [title, description, summary, ...remember, body, ...shown.map((list) => list.text)].join('\n'),
      cited: sources,
      required,
    },
    catalogue.map((entry) => ({ id: entry.id, mentions: entry.data.mentions })),
  );
  if (problems.length > 0) throw new Error(`Article sources are incomplete:\n${problems.join('\n')}`);
  return sources.map((id) => {
    const entry = catalogue.find((source) => source.id === id);
    if (!entry) throw new Error(`unreachable: ${id} was checked above`);
    return { id, ...entry.data };
  });
}
