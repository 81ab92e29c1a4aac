import type { GlossaryTerm } from '../../src/lib/glossary.ts';

// A check the tests run on built articles (tests/dist/glossary.test.ts); the site never needs it.

/**
 * Which glossary terms an article uses without linking their first use. The page is given
 * as a list of text runs in reading order, each marked with the glossary link it sits in
 * (if any); headings are left out by the caller, since a heading is not where a word is
 * explained. A word inside a longer term ("面单" in "隐私面单") is that longer term's use.
 */
export interface TextRun {
  text: string;
  /** The glossary id of the <Term> link this text is inside, or null. */
  glossaryId: string | null;
}

export interface UnlinkedUse {
  id: string;
  spelling: string;
  /** A few characters around the first use, to find it in the article. */
  context: string;
}

const ASCII_WORD = /[0-9A-Za-z]/;

function occurrences(text: string, spelling: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + spelling.length] ?? '';
    // "110" inside "96110" is not a use of 110.
    if (ASCII_WORD.test(spelling[0]!) && ASCII_WORD.test(before)) continue;
    if (ASCII_WORD.test(spelling[spelling.length - 1]!) && ASCII_WORD.test(after)) continue;
    found.push(at);
  }
  return found;
}

export function unlinkedFirstUses(runs: readonly TextRun[], terms: readonly GlossaryTerm[]): UnlinkedUse[] {
  const text = runs.map((run) => run.text).join('');
  const owner: (string | null)[] = runs.flatMap((run) => Array.from(run.text, () => run.glossaryId));
  // Where each term's spellings stand, so shorter terms inside them can be ignored.
  const spans = terms.flatMap((term) =>
    [term.term, ...term.aliases].flatMap((spelling) => occurrences(text, spelling).map((at) => ({ id: term.id, at, end: at + spelling.length }))),
  );
  const problems: UnlinkedUse[] = [];
  for (const term of terms) {
    let first: { at: number; spelling: string } | undefined;
    for (const spelling of [term.term, ...term.aliases]) {
      for (const at of occurrences(text, spelling)) {
        const end = at + spelling.length;
        const insideOther = spans.some((span) => span.id !== term.id && span.at <= at && span.end >= end && span.end - span.at > end - at);
        const linkedToOther = owner[at] !== null && owner[at] !== term.id;
        if (insideOther || linkedToOther) continue;
        if (!first || at < first.at) first = { at, spelling };
        break;
      }
    }
    if (first && owner[first.at] !== term.id) {
      problems.push({ id: term.id, spelling: first.spelling, context: text.slice(Math.max(0, first.at - 12), first.at + first.spelling.length + 12) });
    }
  }
  return problems;
}
