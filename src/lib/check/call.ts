import { sortSigns, type FoundSign, type Weight } from './detect.ts';

/**
 * A described call: the reader taps what the caller said and asked for, and each answer
 * that content/check/call.yaml ties to a sign shows it. Nothing is quoted: the reader's
 * own taps are the evidence.
 */
export interface CallAnswer {
  id: string;
  sign?: string | undefined;
}

export interface WeighedSign {
  id: string;
  order: number;
  weight: Weight;
}

export function signsFromAnswers(chosen: readonly string[], answers: readonly CallAnswer[], signs: readonly WeighedSign[]): FoundSign[] {
  const picked = new Set(chosen);
  const ids = new Set(answers.filter((answer) => picked.has(answer.id) && answer.sign).map((answer) => answer.sign!));
  return sortSigns(signs.filter((sign) => ids.has(sign.id))).map(({ id, weight }) => ({ id, weight, quote: '' }));
}
