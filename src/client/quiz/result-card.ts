import type { RoundResult } from '../../lib/quiz/grade.ts';
import { quizHooks as hooks } from './hooks.ts';

/**
 * The "生成成绩卡图片" button: draws the result card as a PNG on demand (only then is the
 * drawing code downloaded), so a phone can long-press to save it. The score comes from the
 * round itself, not from the page's text.
 */
export function mountResultCard(root: HTMLElement, result: () => RoundResult | undefined): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(hooks.selector('card-save'));
    const card = button?.closest<HTMLElement>(hooks.selector('result-card'));
    const round = result();
    if (!button || !card || !round) return;
    button.disabled = true;
    void import('./card-image.ts')
      .then(({ showCardImage }) => showCardImage(card, round.correct, round.total))
      // The drawing code did not load (offline before it was kept): the score stays on the page as text.
      .catch(() => undefined)
      .finally(() => {
        button.disabled = false;
      });
  });
}
