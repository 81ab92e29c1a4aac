/**
 * Splits text into plain parts and the clue phrases a question's explanation points at,
 * so the page can highlight them after the reader answers. Longest clue wins where two
 * overlap.
 */
export interface CluePart {
  text: string;
  clue: boolean;
}

export function splitClues(text: string, clues: readonly string[]): CluePart[] {
  const needles = [...new Set(clues)].filter(Boolean).sort((a, b) => b.length - a.length);
  const parts: CluePart[] = [];
  let cursor = 0;
  while (cursor < text.length) {
    let at = -1;
    let hit = '';
    for (const needle of needles) {
      const found = text.indexOf(needle, cursor);
      if (found !== -1 && (at === -1 || found < at || (found === at && needle.length > hit.length))) {
        at = found;
        hit = needle;
      }
    }
    if (at === -1) {
      parts.push({ text: text.slice(cursor), clue: false });
      break;
    }
    if (at > cursor) parts.push({ text: text.slice(cursor, at), clue: false });
    parts.push({ text: hit, clue: true });
    cursor = at + hit.length;
  }
  return parts;
}
