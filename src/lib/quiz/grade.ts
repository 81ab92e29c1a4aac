/**
 * Grading. Every answer is a set of choice keys: option indexes ("0", "2") for choice and
 * waybill questions, "true"/"false" for true-or-false, "scam"/"real" for scam-or-real.
 * The same keys are in the page's markup, in the saved progress and in the tests.
 */
export type QuestionKind = 'single' | 'multiple' | 'truefalse' | 'scam-or-real' | 'waybill';

export interface Gradable {
  kind: QuestionKind;
  answer?: number | boolean | string;
  answers?: number[];
}

export function correctKeys(question: Gradable): string[] {
  switch (question.kind) {
    case 'multiple':
      return [...(question.answers ?? [])].sort((a, b) => a - b).map(String);
    case 'truefalse':
      return [question.answer ? 'true' : 'false'];
    default:
      return [String(question.answer)];
  }
}

export function isCorrect(correct: readonly string[], chosen: readonly string[]): boolean {
  const wanted = new Set(correct);
  const given = new Set(chosen);
  return wanted.size === given.size && [...wanted].every((key) => given.has(key));
}

export interface RoundResult {
  correct: number;
  total: number;
  missed: string[];
}

/** Scores a finished round; unanswered questions count as missed. */
export function scoreRound(
  ids: readonly string[],
  answers: Readonly<Record<string, readonly string[]>>,
  correctOf: (id: string) => readonly string[],
): RoundResult {
  const missed = ids.filter((id) => !answers[id] || !isCorrect(correctOf(id), answers[id]!));
  return { correct: ids.length - missed.length, total: ids.length, missed };
}

/** How the round went, for the words under the score: every answer right, most (60 % or more), or fewer. */
export function roundVerdict(result: RoundResult): 'perfect' | 'good' | 'tryHarder' {
  if (result.missed.length === 0) return 'perfect';
  return result.correct / result.total >= 0.6 ? 'good' : 'tryHarder';
}

/** Where to read next: the articles the missed questions point to, each once, in order. */
export function readNext(missedLinks: readonly { href: string; label: string }[]): { href: string; label: string }[] {
  const seen = new Set<string>();
  return missedLinks.filter((link) => {
    const page = link.href.split('#')[0]!;
    if (seen.has(page)) return false;
    seen.add(page);
    return true;
  });
}
