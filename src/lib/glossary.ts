/**
 * Glossary lookups, kept apart from Astro so they can be tested alone. A term is found by
 * its id, or by the words an article writes (the term itself or one of its aliases).
 */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: readonly string[];
}

export function findTerm<T extends GlossaryTerm>(terms: readonly T[], wanted: { id?: string | undefined; text: string }): T | undefined {
  if (wanted.id !== undefined) return terms.find((entry) => entry.id === wanted.id);
  const text = wanted.text.trim();
  return terms.find((entry) => entry.term === text || entry.aliases.includes(text));
}

/** Every way the site writes a term, longest first, so "隐私面单" is tried before "面单". */
export function spellings(entry: GlossaryTerm): string[] {
  return [entry.term, ...entry.aliases].sort((a, b) => b.length - a.length);
}

/** Sort order of a glossary: by pinyin, as a printed Chinese glossary is. */
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
export function byPinyin<T extends { term: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => collator.compare(a.term, b.term));
}

/** Anchor of a term on /glossary/: its id, which is ASCII and stable when the wording changes. */
export function glossaryPath(id: string): string {
  return `/glossary/#${id}`;
}

/** Two entries claiming the same spelling would make <Term> ambiguous. */
export function clashingSpellings(terms: readonly GlossaryTerm[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of terms) {
    for (const spelling of [entry.term, ...entry.aliases]) {
      const other = seen.get(spelling);
      if (other && other !== entry.id) problems.push(`"${spelling}" is used by both ${other} and ${entry.id}`);
      seen.set(spelling, entry.id);
    }
  }
  return problems;
}
