import type { Section } from './rank.ts';

/**
 * Cuts a page's plain text into the sections under its headings, so a result can link
 * straight to the part that answers the query. Pagefind gives the page text and the
 * headings ("anchors") with their ids; each heading's text appears in the page text, so
 * the text between one heading and the next is that heading's section.
 */
export interface Anchor {
  element: string;
  id: string;
  text: string;
}

const SECTION_ELEMENTS = new Set(['h2', 'h3']);

export function splitSections(pageUrl: string, content: string, anchors: readonly Anchor[]): Section[] {
  const found: { anchor: Anchor; at: number }[] = [];
  let from = 0;
  for (const anchor of anchors) {
    if (!SECTION_ELEMENTS.has(anchor.element) || !anchor.id || !anchor.text.trim()) continue;
    const at = content.indexOf(anchor.text.trim(), from);
    if (at === -1) continue;
    found.push({ anchor, at });
    from = at + anchor.text.trim().length;
  }
  const base = pageUrl.split('#')[0]!;
  return found.map(({ anchor, at }, index) => {
    const start = at + anchor.text.trim().length;
    const end = found[index + 1]?.at ?? content.length;
    return {
      title: anchor.text.trim(),
      url: `${base}#${encodeURIComponent(anchor.id)}`,
      text: content.slice(start, end).trim(),
    };
  });
}
