import { getCollection } from 'astro:content';
import { sortByOrder } from '../lib/ordering.ts';

/**
 * The lines under "记住三条" on the quiz's result card: the short `card` form of the tips
 * that carry one (content/tips/police-tips.yaml), in the tips' order. Never a second copy
 * of the words: change a tip, and the card follows.
 */
export const MAX_CARD_RULES = 3;

export interface CardRule {
  text: string;
  /** The sources of the tip it shortens. */
  sources: readonly string[];
}

/** The rules with the source each rests on: a page that shows them must cite it. */
export async function getCardRulesWithSources(): Promise<CardRule[]> {
  const rules = sortByOrder(await getCollection('tips')).flatMap((tip) => (tip.data.card ? [{ text: tip.data.card, sources: tip.data.sources }] : []));
  if (rules.length === 0 || rules.length > MAX_CARD_RULES) {
    throw new Error(
      `content/tips/police-tips.yaml: between 1 and ${MAX_CARD_RULES} tips carry a \`card:\` line for the quiz result card; found ${rules.length}.`,
    );
  }
  return rules;
}

export async function getCardRules(): Promise<string[]> {
  return (await getCardRulesWithSources()).map((rule) => rule.text);
}
