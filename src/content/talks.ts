import { getCollection, type CollectionEntry } from 'astro:content';
import { citationProblems } from '../lib/sources/citations.ts';
import type { CitedSource } from './article-sources.ts';
import { getCardRulesWithSources } from './card-rules.ts';

/**
 * The community talks (content/talks/*.yaml), in their `order`, with their sources
 * resolved. A talk that names a hotline, a standard or a law without citing the source for
 * it fails the build with the file, as an article would; so does one whose "记住三条"
 * slide shows the rules without citing their source.
 */
export interface CheckedTalk extends CollectionEntry<'talks'> {
  sources: CitedSource[];
  rules: string[];
}

let cached: Promise<CheckedTalk[]> | undefined;

async function load(): Promise<CheckedTalk[]> {
  const [talks, catalogue, rules] = await Promise.all([getCollection('talks'), getCollection('sources'), getCardRulesWithSources()]);
  const problems = talks.flatMap((talk) => {
    const showsRules = talk.data.slides.some((slide) => slide.picture === 'rules');
    const text = [
      talk.data.title,
      talk.data.description,
      ...talk.data.slides.flatMap((slide) => [
        slide.title,
        ...slide.words,
        ...(slide.lines ?? []),
        ...(slide.timeline ?? []).flatMap((event) => [event.when, event.what]),
        ...(slide.dataflow ?? []).flatMap((step) => [step.who, step.does]),
        slide.notes,
      ]),
      ...(showsRules ? rules.map((rule) => rule.text) : []),
    ].join('\n');
    return citationProblems(
      {
        file: talk.filePath ?? `content/talks/${talk.id}.yaml`,
        text,
        cited: talk.data.sources,
        required: showsRules ? [...new Set(rules.flatMap((rule) => (rule.source ? [rule.source] : [])))] : [],
      },
      catalogue.map((entry) => ({ id: entry.id, mentions: entry.data.mentions })),
    );
  });
  if (problems.length > 0) throw new Error(`Talk sources are incomplete:\n${problems.join('\n')}`);
  return talks
    .sort((a, b) => a.data.order - b.data.order)
    .map((talk) => ({
      ...talk,
      rules: rules.map((rule) => rule.text),
      sources: talk.data.sources.map((id) => ({ id, ...catalogue.find((entry) => entry.id === id)!.data })),
    }));
}

export function getTalks(): Promise<CheckedTalk[]> {
  cached ??= load();
  return cached;
}
