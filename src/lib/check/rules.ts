import type { ReadingRules, SignRule } from './detect.ts';
import { traditionalForms } from './traditional.ts';

/**
 * The matching rules the browser is handed, made from the content's signs: only what
 * matching needs (no names, no texts, which the page already shows), and the traditional
 * forms of exactly the characters the signs, their exceptions and the reading words
 * (negations, warnings, reports, topics) use.
 */
/** A sign as the content gives it: only its matching fields are kept (an object with more fields is a SignContent too). */
export type SignContent = SignRule;

export interface Dictionaries {
  /** OpenCC's TSCharacters. */
  toSimplified: string;
  /** OpenCC's TWVariants and HKVariants. */
  variants: readonly string[];
}

export function matchingRules(
  signs: readonly SignContent[],
  reading: { negations: readonly string[]; notNegations?: readonly string[]; warnings: readonly string[]; reports: readonly string[]; topics: readonly string[]; shorthand?: Readonly<Record<string, string>> },
  hotlineNumbers: readonly string[],
  dictionaries: Dictionaries,
): { rules: SignRule[]; reading: ReadingRules } {
  const rules = signs.map(({ id, order, weight, text, except, negatable }) => ({ id, order, weight, text, except, negatable }));
  const words = [...rules.flatMap((rule) => [...rule.text.flatMap((match) => [...(match.all ?? []).flat(), ...(match.unless ?? [])]), ...rule.except]), ...reading.negations, ...(reading.notNegations ?? []), ...reading.warnings, ...reading.reports, ...reading.topics, ...Object.values(reading.shorthand ?? {})];
  const characters = traditionalForms(words.join(''), dictionaries.toSimplified, dictionaries.variants);
  return { rules, reading: { negations: [...reading.negations], notNegations: [...(reading.notNegations ?? [])], warnings: [...reading.warnings], reports: [...reading.reports], topics: [...reading.topics], shorthand: { ...reading.shorthand }, hotlineNumbers: [...hotlineNumbers], characters } };
}
