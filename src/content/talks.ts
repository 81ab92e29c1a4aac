import { getCollection, type CollectionEntry } from 'astro:content';
import { getCardRules } from './card-rules.ts';
import { getHotlines, type Hotline } from './hotlines.ts';
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
  hotlines: Record<string, Hotline>;
  /** The edition's own numbers to call, shown after the numbers on every slide that shows numbers. */
  localHotlines: Hotline[];
}

let cached: Promise<CheckedTalk[]> | undefined;

async function load(): Promise<CheckedTalk[]> {
  const [talks, rules, all] = await Promise.all([getCollection('talks'), getCardRules(), getHotlines()]);
  const hotlines = Object.fromEntries(all.map((hotline) => [hotline.id, hotline]));
  const localHotlines = all.filter((hotline) => hotline.from === 'edition' && hotline.callable);
  return Promise.all(
    talks.sort((a, b) => a.data.order - b.data.order).map(async (talk) => ({ ...talk, rules, hotlines, localHotlines, sources: await resolveSources(talk.data.sources) })),
  );
}

export function getTalks(): Promise<CheckedTalk[]> {
  cached ??= load();
  return cached;
}
