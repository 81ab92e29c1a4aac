import { getCollection, type CollectionEntry } from 'astro:content';
import { getCardRules } from './card-rules.ts';
import type { HotlineData } from './schemas/hotlines.ts';
import { resolveSources, type CitedSource } from './sources.ts';

/**
 * The community talks (content/talks/*.yaml), in their `order`, with their sources and the
 * hotlines their slides show resolved. Their words (a hotline, a standard or a law needs
 * its source; a hotline keeps its one name; a slide shows only numbers to call) are checked
 * with every channel's (./word-checks.ts).
 */
export interface CheckedTalk extends CollectionEntry<'talks'> {
  sources: CitedSource[];
  rules: string[];
  /** The hotline data of every id a slide lists, by id. */
  hotlines: Record<string, HotlineData>;
}

let cached: Promise<CheckedTalk[]> | undefined;

async function load(): Promise<CheckedTalk[]> {
  const [talks, rules, hotlineEntries] = await Promise.all([getCollection('talks'), getCardRules(), getCollection('hotlines')]);
  const hotlines = Object.fromEntries(hotlineEntries.map((entry) => [entry.id, entry.data]));
  return Promise.all(
    talks.sort((a, b) => a.data.order - b.data.order).map(async (talk) => ({ ...talk, rules, hotlines, sources: await resolveSources(talk.data.sources) })),
  );
}

export function getTalks(): Promise<CheckedTalk[]> {
  cached ??= load();
  return cached;
}
