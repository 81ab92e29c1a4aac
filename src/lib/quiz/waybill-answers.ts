import { checkWaybill, type WaybillFields } from '../waybill.ts';

/**
 * A "which label meets the standard?" question must agree with the site's own label
 * checker: the answer meets it, every other label does not. Otherwise the quiz and the
 * tool would teach two different rules.
 */
export interface WaybillQuestion {
  id: string;
  file: string;
  labels: readonly WaybillFields[];
  answer: number;
}

export function waybillAnswerProblems(questions: readonly WaybillQuestion[]): string[] {
  return questions.flatMap((question) =>
    question.labels.flatMap((label, index) => {
      const compliant = checkWaybill(label).compliant;
      const shouldBe = index === question.answer;
      if (compliant === shouldBe) return [];
      const which = `${question.file}: question "${question.id}": label ${index + 1} (${label.name} / ${label.phone} / ${label.address})`;
      return [
        shouldBe
          ? `${which} is the answer, but the label checker says it does not meet GB/T 41833-2022. Fix the label or the answer.`
          : `${which} is not the answer, but the label checker says it meets GB/T 41833-2022 too. Make it break a rule.`,
      ];
    }),
  );
}
