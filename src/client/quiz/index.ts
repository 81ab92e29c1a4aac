import { mountQuiz } from './app.ts';
import { mountResultCard } from './result-card.ts';

/** <quiz-app>: the element Quiz.astro draws; it comes alive when the browser sees it. */
class QuizApp extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['mounted']) return;
    this.dataset['mounted'] = 'true';
    mountQuiz(this);
    mountResultCard(this);
  }
}

if (!customElements.get('quiz-app')) customElements.define('quiz-app', QuizApp);
