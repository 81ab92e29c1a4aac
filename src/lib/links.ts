/**
 * Content links into the site ("/articles/<id>/#<heading>", "/glossary/#<term>") must land
 * on a real page and heading, or a reader who follows one is sent nowhere. Checked at build
 * time against the headings Astro generated.
 */
export type HeadingsByPage = ReadonlyMap<string, ReadonlySet<string>>;

/** Why `href` leads nowhere, or null when it lands. */
export function missingTarget(href: string, headingsByPage: HeadingsByPage): string | null {
  const [page, hash] = href.split('#') as [string, string | undefined];
  const headings = headingsByPage.get(page);
  if (!headings) return `points to a page that does not exist. Pages: ${[...headingsByPage.keys()].join(', ')}`;
  if (hash !== undefined && !headings.has(decodeURIComponent(hash))) {
    return `points to a heading that does not exist on that page. Headings there: ${[...headings].map((h) => `#${h}`).join(' ')}`;
  }
  return null;
}
