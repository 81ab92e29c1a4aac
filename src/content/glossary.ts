import { getCollection } from 'astro:content';
import { byPinyin, clashingSpellings } from '../lib/glossary.ts';
import { missingTarget } from '../lib/links.ts';
import { getHeadingsByPage } from './headings.ts';
import type { GlossaryData } from './schemas/glossary.ts';

/**
 * The glossary, checked once per build: two entries sharing a spelling or an article link
 * to a page or heading that does not exist fails the build with the entry named; its words
 * and sources are checked with every channel's (./word-checks.ts), which every build runs.
 */
export interface GlossaryEntry extends GlossaryData {
  id: string;
}

let cached: Promise<GlossaryEntry[]> | undefined;

async function load(): Promise<GlossaryEntry[]> {
  const [entries, headingsByPage] = await Promise.all([getCollection('glossary'), getHeadingsByPage()]);
  const terms = entries.map((entry) => ({ id: entry.id, ...entry.data }));
  const problems = clashingSpellings(terms);
  for (const term of terms) {
    const problem = term.article ? missingTarget(term.article, headingsByPage) : null;
    if (problem) problems.push(`${term.id}: article ${term.article} ${problem}`);
  }
  if (problems.length > 0) {
    throw new Error(`content/glossary/glossary.yaml has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  return byPinyin(terms);
}

export function getGlossary(): Promise<GlossaryEntry[]> {
  cached ??= load();
  return cached;
}
