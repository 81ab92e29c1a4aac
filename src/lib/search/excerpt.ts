import { normaliseText } from './normalise.ts';

/** Where every term occurs, up to a few times each. */
function occurrences(haystack: string, needles: readonly string[]): { at: number; needle: string }[] {
  const found: { at: number; needle: string }[] = [];
  for (const needle of needles) {
    for (let at = haystack.indexOf(needle), count = 0; at !== -1 && count < 8; at = haystack.indexOf(needle, at + needle.length), count++) {
      found.push({ at, needle });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Where the passage starts: where the most different terms of the query fall within one
 * passage, which is where a question's answer tends to be (the earliest such place; the
 * beginning when that is near it anyway).
 */
function windowStart(haystack: string, needles: readonly string[], length: number): number {
  const found = occurrences(haystack, needles);
  let best = -1;
  let bestCount = 0;
  for (const { at } of found) {
    const from = Math.max(0, at - Math.floor(length / 3));
    const inside = new Set(found.filter((hit) => hit.at >= from && hit.at + hit.needle.length <= from + length).map((hit) => hit.needle));
    if (inside.size > bestCount) {
      bestCount = inside.size;
      best = at;
    }
  }
  return best === -1 || best < (length * 2) / 3 ? 0 : best - Math.floor(length / 3);
}

/**
 * A short passage around the matched terms, split into plain and highlighted parts.
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
  const start = windowStart(haystack, needles, length);
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
