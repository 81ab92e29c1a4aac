import { mountQuiz } from './app.ts';
import { mountResultCard } from './result-card.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
  mountQuiz(root);
  mountResultCard(root);
}
