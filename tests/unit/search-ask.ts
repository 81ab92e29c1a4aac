import { normaliseQuery } from '../../src/lib/search/normalise.ts';
import { EMPTY_VOCABULARY, parseQuery, type ParsedQuery, type Vocabulary } from '../../src/lib/search/terms.ts';

/** A query read as the search box reads it: normalised once, then parsed with these word lists. */
export function ask(typed: string, vocabulary: Partial<Vocabulary> = {}): ParsedQuery {
  return parseQuery(normaliseQuery(typed), { ...EMPTY_VOCABULARY, ...vocabulary });
}
