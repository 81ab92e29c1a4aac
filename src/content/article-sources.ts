import { getCollection, type CollectionEntry } from 'astro:content';
import { MDX_TAGS } from '../components/mdx/index.ts';
import { citationProblems } from '../lib/sources/citations.ts';
import type { Source } from './schemas.ts';

/**
 * An article's sources, resolved from content/sources/ and checked: an unknown id, a
 * hotline or law the text mentions without citing a source for it, or a shared list
 * (hotlines, police tips) shown without its sources fails the build, naming the file.
 */
export interface CitedSource extends Source {
  id: string;
}

/** Sources that the shared lists an article can show rely on, by tag. */
async function sourcesOfSharedLists(): Promise<Record<string, string[]>> {
  const [hotlines, tips] = await Promise.all([getCollection('hotlines'), getCollection('tips')]);
  return {
    HotlineList: [...new Set(hotlines.flatMap((entry) => entry.data.sources))],
    TipList: [...new Set(tips.flatMap((entry) => (entry.data.source ? [entry.data.source] : [])))],
  };
}

export async function getArticleSources(article: CollectionEntry<'articles'>): Promise<CitedSource[]> {
  const catalogue = await getCollection('sources');
  const byList = await sourcesOfSharedLists();
  const body = article.body ?? '';
  const shown = MDX_TAGS.filter((tag) => body.includes(`<${tag}`));
  const required = [...new Set(shown.flatMap((tag) => byList[tag] ?? []))];
  const { title, description, summary, sources } = article.data;
  const problems = citationProblems(
    {
      file: article.filePath ?? `content/articles/${article.id}.mdx`,
      text: [title, description, summary, body].join('\n'),
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
