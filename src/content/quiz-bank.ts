import { getCollection } from 'astro:content';
import { brokenLearnMoreLinks } from '../lib/quiz/links.ts';
import { waybillAnswerProblems } from '../lib/quiz/waybill-answers.ts';
import { getHeadingsByPage } from './headings.ts';
import type { QuizQuestion } from './schemas/quiz.ts';

/**
 * The quiz's questions, checked against the site: a "learn more" link to a page or heading
 * that does not exist, or a waybill question the label checker disagrees with, fails the
 * build with the file, the question and the fix.
 * Every page that shows the quiz goes through here, so a broken link cannot ship.
 */
let cached: Promise<QuizQuestion[]> | undefined;

async function load(): Promise<QuizQuestion[]> {
  const [questions, headingsByPage] = await Promise.all([getCollection('quiz'), getHeadingsByPage()]);
  const bank = questions.map((entry) => entry.data);
  const problems = [
    ...brokenLearnMoreLinks(bank, headingsByPage),
    ...waybillAnswerProblems(bank.flatMap((question) => (question.kind === 'waybill' ? [question] : []))),
  ];
  if (problems.length > 0) {
    throw new Error(`Quiz content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  return bank;
}

export function getQuizBank(): Promise<QuizQuestion[]> {
  cached ??= load();
  return cached;
}
