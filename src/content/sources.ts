import { getCollection, type CollectionEntry } from 'astro:content';
import type { Source } from './schemas/sources.ts';
import { checkContentWords } from './word-checks.ts';

/**
 * An article's sources, resolved from content/sources/, in the order the article lists
 * them. Whether the list is complete is checked with every other channel's words
 * (./word-checks.ts), before any page shows it.
 */
export interface CitedSource extends Source {
  id: string;
}

/** The sources named by `ids`, resolved; the ids were checked to exist by ./word-checks.ts. */
export async function resolveSources(ids: readonly string[]): Promise<CitedSource[]> {
  await checkContentWords();
  const catalogue = await getCollection('sources');
  return ids.map((id) => {
    const entry = catalogue.find((source) => source.id === id);
    if (!entry) throw new Error(`unreachable: ${id} was checked by checkContentWords`);
    return { id, ...entry.data };
  });
}

export function getArticleSources(article: CollectionEntry<'articles'>): Promise<CitedSource[]> {
  return resolveSources(article.data.sources);
}
