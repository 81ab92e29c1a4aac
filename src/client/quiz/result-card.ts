/**
 * The "生成成绩卡图片" button: draws the result card as a PNG on demand (only then is the
 * drawing code downloaded), so a phone can long-press to save it.
 */
export function mountResultCard(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-card-save]');
    if (!button) return;
    const card = button.closest<HTMLElement>('[data-result-card]');
    const [score, total] = (root.dataset['resultScore'] ?? '0/0').split('/').map(Number) as [number, number];
    if (!card) return;
    button.disabled = true;
    void import('./card-image.ts')
      .then(({ showCardImage }) => showCardImage(card, score, total))
      .finally(() => {
        button.disabled = false;
      });
  });
}
