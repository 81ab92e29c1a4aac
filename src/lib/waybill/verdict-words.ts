import { waybillCheck, waybillTool } from '../../i18n/waybill-tool.ts';
import { fill } from '../template.ts';
import { FIELDS, type FieldStatus, type FieldVerdict, type WaybillVerdict } from '../waybill.ts';

/**
 * The words for a verdict of checkWaybill(), shared by the build (the first drawing of the
 * tool) and the browser (every update), so both say exactly the same thing.
 */
export const STATUS_MARKS: Record<FieldStatus, string> = { ok: '✓', warn: '!', fail: '✗' };

export function verdictMessage(verdict: FieldVerdict): string {
  return fill(waybillCheck[verdict.code], { hidden: verdict.hidden, shown: verdict.shown.join('') });
}

export function verdictSummary(verdict: WaybillVerdict): string {
  if (!verdict.compliant) {
    return fill(waybillTool.summaryFail, { count: FIELDS.filter((field) => verdict[field].status === 'fail').length });
  }
  return verdict.warnings ? waybillTool.summaryWarn : waybillTool.summaryPass;
}
