/**
 * The table of contents is built from the headings Astro extracts from MDX. Only h2 and
 * h3 go in: deeper levels make the list too long to scan on a phone.
 */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      toc.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push({ slug: heading.slug, text: heading.text });
      else toc.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return toc;
}
