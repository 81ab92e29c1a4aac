/**
 * Turns what someone typed into the form the search compares against. NFKC folds
 * full-width input from Chinese keyboards (９６１１０, Ｕ盘, ＶＸ) into plain digits and
 * letters; lower-casing makes 加V and 加v the same; punctuation becomes a space because
 * people paste whole sentences ("快递丢了，怎么办？").
 */
const MAX_QUERY_LENGTH = 64;

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * A query as typed, normalised once where it enters (the search box): only normaliseQuery
 * makes one, so the rest of the search can neither skip the step nor do it twice.
 */
export type QueryText = string & { readonly normalised: unique symbol };

export function normaliseQuery(raw: string): QueryText {
  return normaliseText(raw)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim() as QueryText;
}
