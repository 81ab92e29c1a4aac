/**
 * Turns what someone typed into the form the search compares against. NFKC folds
 * full-width input from Chinese keyboards (９６１１０, Ｕ盘, ＶＸ) into plain digits and
 * letters; lower-casing makes 加V and 加v the same; punctuation becomes a space because
 * people paste whole sentences ("快递丢了，怎么办？").
 */
const MAX_QUERY_LENGTH = 64;
/** The most the search box takes: a whole pasted message, for the 查一查 offer. */
export const MAX_TYPED_LENGTH = 2000;
/** Invisible characters (zero-width spaces and joiners, soft hyphens, byte-order marks): pasted text carries them, and no word has them. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * What was typed, from wherever it came (the box, a ?q= address, a chip): invisible
 * characters removed and no longer than the box takes.
 */
export function typedText(raw: string): string {
  return raw.replace(INVISIBLE, '').slice(0, MAX_TYPED_LENGTH);
}

/** A query as the page repeats it (in the result count, read aloud, and in the address): at most a query's length. */
export function shownQuery(raw: string): string {
  const text = typedText(raw).replace(/\s+/gu, ' ').trim();
  return [...text].length > MAX_QUERY_LENGTH ? `${[...text].slice(0, MAX_QUERY_LENGTH).join('')}…` : text;
}

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * A query as typed, normalised once where it enters (the search box): only normaliseQuery
 * makes one, so the rest of the search can neither skip the step nor do it twice.
 */
export type QueryText = string & { readonly normalised: unique symbol };

export function normaliseQuery(raw: string): QueryText {
  return normaliseText(raw.replace(INVISIBLE, ''))
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim() as QueryText;
}
