/**
 * Every question's "learn more" link must land on a real page and heading, or a reader
 * who got it wrong is sent nowhere. Checked at build time against the headings Astro
 * generated for the articles.
 */
export interface LinkedQuestion {
  id: string;
  file: string;
  learnMore: { href: string };
}

export function brokenLearnMoreLinks(questions: readonly LinkedQuestion[], headingsByPage: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const problems: string[] = [];
  for (const question of questions) {
    const [page, hash] = question.learnMore.href.split('#') as [string, string | undefined];
    const headings = headingsByPage.get(page);
    const where = `${question.file}: question "${question.id}": learnMore.href ${question.learnMore.href}`;
    if (!headings) {
      problems.push(`${where} points to a page that does not exist. Pages: ${[...headingsByPage.keys()].join(', ')}`);
    } else if (hash !== undefined && !headings.has(decodeURIComponent(hash))) {
      problems.push(`${where} points to a heading that does not exist on that page. Headings there: ${[...headings].map((h) => `#${h}`).join(' ')}`);
    }
  }
  return problems;
}
