import { getCollection, render } from 'astro:content';
import type { HeadingsByPage } from '../lib/links.ts';
import { articlePath } from '../lib/url.ts';

/**
 * The headings of every page content may link into: each article's, and the glossary's
 * terms. Rendered once per build and shared by every check that needs it.
 */
let cached: Promise<HeadingsByPage> | undefined;

async function load(): Promise<HeadingsByPage> {
  const [articles, glossary] = await Promise.all([getCollection('articles'), getCollection('glossary')]);
  const headingsByPage = new Map<string, Set<string>>();
  for (const article of articles) {
    const { headings } = await render(article);
    headingsByPage.set(articlePath(article.id), new Set(headings.map((heading) => heading.slug)));
  }
  headingsByPage.set('/glossary/', new Set(glossary.map((term) => term.id)));
  return headingsByPage;
}

export function getHeadingsByPage(): Promise<HeadingsByPage> {
  cached ??= load();
  return cached;
}
