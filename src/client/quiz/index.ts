import { defineIsland } from '../island.ts';
import { mountQuiz } from './app.ts';
import { mountResultCard } from './result-card.ts';

/** <quiz-app>: the element Quiz.astro draws. */
defineIsland('quiz-app', (root) => {
  const round = mountQuiz(root);
  mountResultCard(root, round.result);
});
