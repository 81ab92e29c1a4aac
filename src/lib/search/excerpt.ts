import { normaliseText } from './normalise.ts';

/**
 * A short passage around the first matched term, split into plain and highlighted parts.
 * The result is data, not HTML: the page renders it with text nodes and <mark>, so
 * nothing from the index or the query is ever parsed as markup.
 */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

export function buildExcerpt(content: string, terms: readonly string[], length = 64): ExcerptPart[] {
  const text = content.replace(/\s+/gu, ' ').trim();
  const folded = normaliseText(text);
  // NFKC can change string length (e.g. ﬁ → fi); fall back to plain search then.
  const sameLength = folded.length === text.length;
  const haystack = sameLength ? folded : text.toLowerCase();
  const needles = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);

  let first = -1;
  for (const needle of needles) {
    const at = haystack.indexOf(needle);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  // Start at the beginning when the match is near it anyway; otherwise a little before it.
  const start = first === -1 || first < (length * 2) / 3 ? 0 : first - Math.floor(length / 3);
  const end = Math.min(text.length, start + length);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '…', match: false });

  let cursor = start;
  while (cursor < end) {
    let next = -1;
    let hit = '';
    for (const needle of needles) {
      const at = haystack.indexOf(needle, cursor);
      if (at !== -1 && at < end && (next === -1 || at < next || (at === next && needle.length > hit.length))) {
        next = at;
        hit = needle;
      }
    }
    if (next === -1) {
      parts.push({ text: text.slice(cursor, end), match: false });
      break;
    }
    if (next > cursor) parts.push({ text: text.slice(cursor, next), match: false });
    const stop = Math.min(next + hit.length, text.length);
    parts.push({ text: text.slice(next, stop), match: true });
    cursor = stop;
  }
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts.filter((part) => part.text !== '');
}
