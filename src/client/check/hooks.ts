import type { CallAnswer } from '../../lib/check/call.ts';
import type { ReadingRules, SignRule } from '../../lib/check/detect.ts';
import { defineHooks, defineIslandData } from '../hooks.ts';

/**
 * 查一查's contract (components/check/ and ./index.ts). The names the tests rely on are
 * check-input, check-run, check-sign (set on each sign found, with data-weight) and
 * check-none (set on the no-sign result when it shows).
 */
export const checkHooks = defineHooks('check-tool', [
  'check-modes',
  'check-mode-panel',
  'check-input',
  'check-run',
  'check-call-run',
  'check-empty',
  'check-result',
  'check-verdict',
  'check-count',
  'check-item',
  'check-sign',
  'check-quote',
  'check-none-block',
  'check-none',
  'check-meaning',
  'check-answer',
  'check-again',
] as const);

/** What the script matches with, handed over by CheckTool.astro. */
export interface CheckData {
  rules: SignRule[];
  reading: ReadingRules;
  answers: CallAnswer[];
}

export const checkData = defineIslandData<CheckData>('check-data');
