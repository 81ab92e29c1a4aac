import { missingTarget, type HeadingsByPage } from '../links.ts';

/** Every question's "learn more" link must land, or a reader who got it wrong is sent nowhere. */
export interface LinkedQuestion {
  id: string;
  file: string;
  learnMore: { href: string };
}

export function brokenLearnMoreLinks(questions: readonly LinkedQuestion[], headingsByPage: HeadingsByPage): string[] {
  return questions.flatMap((question) => {
    const problem = missingTarget(question.learnMore.href, headingsByPage);
    return problem ? [`${question.file}: question "${question.id}": learnMore.href ${question.learnMore.href} ${problem}`] : [];
  });
}
