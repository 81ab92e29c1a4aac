import { defineHooks } from '../hooks.ts';

/**
 * The privacy-waybill tool's contract (WaybillTool.astro, FieldInputs.astro,
 * LabelPreview.astro, RuleList.astro and ./index.ts): its two modes' forms, the drawn
 * labels and their fields, the rule lists and the summary line.
 */
export const waybillToolHooks = defineHooks('waybill-tool', ['mode-panel', 'form', 'label', 'field', 'rules', 'rule', 'verdict', 'message', 'summary'] as const);
