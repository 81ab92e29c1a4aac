import { fill } from '../template.ts';
import { FIELDS, type FieldStatus, type FieldVerdict, type VerdictCode, type WaybillVerdict } from '../waybill.ts';

/**
 * The words for a verdict of checkWaybill(), shared by the build (the first drawing of the
 * tool) and the browser (every update), so both say exactly the same thing. The sentences
 * are UI strings (src/i18n/waybill-tool.ts), handed in: a table that misses a code does not
 * compile.
 */
export const STATUS_MARKS: Record<FieldStatus, string> = { ok: '✓', warn: '!', fail: '✗' };

/** One sentence per verdict code; {hidden} is the count concealed, {shown} the parts still readable. */
export type VerdictSentences = Readonly<Record<VerdictCode, string>>;

export interface SummarySentences {
  summaryPass: string;
  summaryWarn: string;
  /** {count}: how many fields fall short. */
  summaryFail: string;
}

export function verdictMessage(verdict: FieldVerdict, sentences: VerdictSentences): string {
  return fill(sentences[verdict.code], { hidden: verdict.hidden, shown: verdict.shown.join('') });
}

export function verdictSummary(verdict: WaybillVerdict, sentences: SummarySentences): string {
  if (!verdict.compliant) {
    return fill(sentences.summaryFail, { count: FIELDS.filter((field) => verdict[field].status === 'fail').length });
  }
  return verdict.warnings ? sentences.summaryWarn : sentences.summaryPass;
}
