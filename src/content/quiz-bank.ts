import { getCollection, render } from 'astro:content';
import { brokenLearnMoreLinks } from '../lib/quiz/links.ts';
import { articlePath } from '../lib/url.ts';
import type { QuizQuestion } from './schemas.ts';

/**
 * The quiz's questions, checked against the articles: a "learn more" link to a page or
 * heading that does not exist fails the build with the file, the question and the fix.
 * Every page that shows the quiz goes through here, so a broken link cannot ship.
 */
let cached: Promise<QuizQuestion[]> | undefined;

async function load(): Promise<QuizQuestion[]> {
  const [questions, articles, glossary] = await Promise.all([getCollection('quiz'), getCollection('articles'), getCollection('glossary')]);
  const headingsByPage = new Map<string, Set<string>>();
  for (const article of articles) {
    const { headings } = await render(article);
    headingsByPage.set(articlePath(article.id), new Set(headings.map((heading) => heading.slug)));
  }
  headingsByPage.set('/glossary/', new Set(glossary.map((term) => term.id)));
  const bank = questions.map((entry) => entry.data);
  const problems = brokenLearnMoreLinks(bank, headingsByPage);
  if (problems.length > 0) {
    throw new Error(`Quiz content has ${problems.length} broken "learn more" link(s):\n${problems.join('\n')}`);
  }
  return bank;
}

export function getQuizBank(): Promise<QuizQuestion[]> {
  cached ??= load();
  return cached;
}
