import { getCollection } from 'astro:content';
import { sortByOrder } from '../lib/ordering.ts';

/**
 * The lines under "记住三条" on the quiz's result card: the short `card` form of the tips
 * that carry one (content/tips/police-tips.yaml), in the tips' order. Never a second copy
 * of the words: change a tip, and the card follows.
 */
export const MAX_CARD_RULES = 3;

export async function getCardRules(): Promise<string[]> {
  const rules = sortByOrder(await getCollection('tips')).flatMap((tip) => (tip.data.card ? [tip.data.card] : []));
  if (rules.length === 0 || rules.length > MAX_CARD_RULES) {
    throw new Error(
      `content/tips/police-tips.yaml: between 1 and ${MAX_CARD_RULES} tips carry a \`card:\` line for the quiz result card; found ${rules.length}.`,
    );
  }
  return rules;
}
