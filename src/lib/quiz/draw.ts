import { shuffle, type Random } from './random.ts';

/**
 * Draws a round: the same number of questions from every topic (as far as the bank
 * allows), questions from the last attempt only when nothing else is left, in a mixed
 * order. A 10-question round over five topics gets two of each.
 */
export interface Drawable {
  id: string;
  topic: string;
}

export function drawRound<T extends Drawable>(bank: readonly T[], size: number, random: Random, avoid: ReadonlySet<string> = new Set()): T[] {
  const byTopic = new Map<string, T[]>();
  for (const question of bank) byTopic.set(question.topic, [...(byTopic.get(question.topic) ?? []), question]);
  const queues = shuffle([...byTopic.keys()], random).map((topic) => {
    const questions = shuffle(byTopic.get(topic)!, random);
    // Fresh questions first; repeats only if a topic runs out.
    return [...questions.filter((q) => !avoid.has(q.id)), ...questions.filter((q) => avoid.has(q.id))];
  });
  const picked: T[] = [];
  const target = Math.min(size, bank.length);
  while (picked.length < target) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < target) picked.push(next);
    }
  }
  return shuffle(picked, random);
}
