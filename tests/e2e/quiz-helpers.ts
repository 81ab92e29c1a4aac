import { expect, type Locator, type Page } from '@playwright/test';

/** The card on screen in the quiz round. */
export const currentCard = (page: Page): Locator => page.locator('[data-stage] [data-question]');

/** Picks the right (or a wrong) answer for the card on screen, from its data-correct keys. */
export async function answer(page: Page, right: boolean): Promise<void> {
  const card = currentCard(page);
  await expect(card).toHaveCount(1);
  const correct = ((await card.getAttribute('data-correct')) ?? '').split(',');
  const keys = await card.locator('[data-key]').evaluateAll((labels) => labels.map((label) => (label as HTMLElement).dataset['key']!));
  const chosen = right ? correct : [keys.find((key) => !correct.includes(key))!];
  for (const key of chosen) await card.locator(`[data-key="${key}"] input`).check();
  await card.getByRole('button', { name: '确定' }).click();
  await expect(card.locator('[data-verdict]')).toHaveText(right ? '答对了！' : '答错了。');
}

export async function next(page: Page): Promise<void> {
  await page.locator('[data-next]').click();
}

export async function playRound(page: Page, size: number, right: boolean): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    await expect(page.locator('[data-progress-text]')).toHaveText(`第 ${i + 1} 题，共 ${size} 题`);
    ids.push((await currentCard(page).getAttribute('data-question'))!);
    await answer(page, right);
    await next(page);
  }
  return ids;
}
