/**
 * Every article must list every source it relies on. A source in the catalogue names the
 * words that only it can back (a hotline number, a law's name, a dated figure); when an
 * article's text contains one of those words, the article must cite a source that names it.
 * These are plain functions so the rule can be tested without a build.
 */
export interface CatalogueSource {
  id: string;
  mentions: readonly string[];
}

const WORD_CHAR = /[0-9A-Za-z]/;

/**
 * Whether `mention` occurs in `text` as a whole token: "110" is found in "拨打110" but not
 * in "96110", because a number or Latin word glued to more digits or letters is another one.
 */
export function containsMention(text: string, mention: string): boolean {
  const first = mention[0] ?? '';
  const last = mention[mention.length - 1] ?? '';
  let from = text.indexOf(mention);
  while (from !== -1) {
    const before = text[from - 1] ?? '';
    const after = text[from + mention.length] ?? '';
    const clearBefore = !WORD_CHAR.test(first) || !WORD_CHAR.test(before);
    const clearAfter = !WORD_CHAR.test(last) || !WORD_CHAR.test(after);
    if (clearBefore && clearAfter) return true;
    from = text.indexOf(mention, from + 1);
  }
  return false;
}

export interface UncitedMention {
  mention: string;
  /** Catalogue ids that would back it. */
  candidates: string[];
}

/** Mentions in `text` that none of the cited sources back, each with the sources that would. */
export function uncitedMentions(text: string, cited: readonly string[], catalogue: readonly CatalogueSource[]): UncitedMention[] {
  const citedSet = new Set(cited);
  const byMention = new Map<string, string[]>();
  for (const source of catalogue) {
    for (const mention of source.mentions) byMention.set(mention, [...(byMention.get(mention) ?? []), source.id]);
  }
  const problems: UncitedMention[] = [];
  for (const [mention, candidates] of byMention) {
    if (!containsMention(text, mention)) continue;
    if (candidates.some((id) => citedSet.has(id))) continue;
    problems.push({ mention, candidates });
  }
  return problems;
}

/** Cited ids that are not in the catalogue. */
function unknownSources(cited: readonly string[], catalogue: readonly CatalogueSource[]): string[] {
  const known = new Set(catalogue.map((source) => source.id));
  return cited.filter((id) => !known.has(id));
}

/** Ids cited twice: a source list that repeats itself looks careless. */
function repeatedSources(cited: readonly string[]): string[] {
  return cited.filter((id, index) => cited.indexOf(id) !== index);
}

export interface CitationCheck {
  /** Where the words are, for the error message: "content/articles/yiwu-case.mdx". */
  file: string;
  /** Everything the reader sees that the article wrote: title, description, summary, body. */
  text: string;
  cited: readonly string[];
  /** Sources a shared block on the page relies on (the hotline list, the police tips). */
  required: readonly string[];
}

/** Every problem with an article's source list, as sentences that say what to fix. */
export function citationProblems(check: CitationCheck, catalogue: readonly CatalogueSource[]): string[] {
  const problems: string[] = [];
  for (const id of unknownSources(check.cited, catalogue)) {
    problems.push(`${check.file}: sources lists "${id}", which is not in content/sources/sources.yaml. Add it there or fix the id.`);
  }
  for (const id of repeatedSources(check.cited)) {
    problems.push(`${check.file}: sources lists "${id}" twice. Keep one.`);
  }
  for (const id of check.required) {
    if (!check.cited.includes(id)) {
      problems.push(`${check.file}: the page shows a list that relies on source "${id}", but sources does not list it. Add "${id}" to sources.`);
    }
  }
  for (const { mention, candidates } of uncitedMentions(check.text, check.cited, catalogue)) {
    problems.push(
      `${check.file}: the text mentions "${mention}" but sources lists nothing that backs it. Add one of: ${candidates.join(', ')} (or take the claim out).`,
    );
  }
  return problems;
}
