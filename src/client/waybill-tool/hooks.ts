import { defineHooks } from '../hooks.ts';

/**
 * The privacy-waybill tool's contract (WaybillTool.astro, FieldInputs.astro,
 * LabelPreview.astro, RuleList.astro and ./index.ts): its two modes' forms, the drawn
 * labels and their fields, the rule lists and the summary line; on the kiosk, the sample
 * labels a visitor taps instead of typing (each carries its fields as JSON).
 */
export const waybillToolHooks = defineHooks('waybill-tool', ['mode-panel', 'form', 'label', 'field', 'rules', 'rule', 'verdict', 'message', 'summary', 'sample'] as const);
