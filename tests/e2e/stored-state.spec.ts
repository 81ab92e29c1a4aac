import { expect, test, type Page } from '@playwright/test';
import { currentCard } from './quiz-helpers.ts';
import { BASE } from './site.ts';

/**
 * Every page works whatever the device's storage holds: values written by an older build,
 * another script on the origin or a storage cleaner. What fits is kept, the rest dropped,
 * and nothing throws. The keys and pages are the site's own (src/lib/reading-settings.ts,
 * src/lib/quiz/progress.ts, src/lib/simulation/finished.ts, src/client/talk/sync.ts).
 */
const READING = 'fangpian-reading';
const QUIZ = 'fangpian-quiz-v1';
const FINISHED = 'kuaidi-simulations-finished';
const BROKEN = ['null', '0', '"text"', '[]', '{', '{"version":1}', 'undefined', '\u0000'];

/** Opens a page with storage already holding `values`, and collects the errors it throws. */
async function openWith(page: Page, path: string, values: Record<string, string>): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
  return errors;
}

for (const value of BROKEN) {
  test(`every kind of page works with ${JSON.stringify(value)} in each stored key`, async ({ page }) => {
    const values = { [READING]: value, [QUIZ]: value, [FINISHED]: value, [`talk-sync:${BASE}talk/community-15min/`]: value };
    for (const path of ['', 'articles/police-tips/', 'quiz/', 'simulate/', 'simulate/lost-parcel/', 'talk/community-15min/']) {
      const errors = await openWith(page, `${BASE}${path}`, values);
      expect(errors, path).toEqual([]);
    }
    await page.goto(`${BASE}quiz/`);
    await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
    await expect(currentCard(page).locator('[data-key]')).not.toHaveCount(0);
  });
}

test('a reading setting that fits is kept beside one that does not', async ({ page }) => {
  const errors = await openWith(page, BASE, { [READING]: '{"size":"xlarge","contrast":"pink"}' });
  expect(errors).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
});

test('a saved quiz round keeps its valid questions when one was removed and another\'s options changed', async ({ page }) => {
  await page.goto(`${BASE}quiz/`);
  const ids = await page.locator('[data-question]').evaluateAll((cards) => cards.slice(0, 3).map((card) => (card as HTMLElement).dataset['question']!));
  const keysOf = (id: string) =>
    page.locator(`[data-question="${id}"] [data-key]`).evaluateAll((labels) => labels.map((label) => (label as HTMLElement).dataset['key']!));
  const [first, second, third] = ids as [string, string, string];
  const firstKeys = await keysOf(first);
  const round = {
    version: 1,
    ids: [first, 'removed-in-an-update', second, third],
    // The first was answered; the second's saved order names an option that no longer exists.
    order: { [first]: firstKeys, [second]: ['zz', 'yy'] },
    answers: { [first]: [firstKeys[0]], [second]: ['zz'] },
    current: 2,
    previous: [],
  };
  const errors = await openWith(page, `${BASE}quiz/`, { [QUIZ]: JSON.stringify(round) });
  expect(errors).toEqual([]);
  // Three questions are left; the one on screen is the second, asked again with all its options.
  await expect(page.locator('[data-progress-text]')).toHaveText('第 2 题，共 3 题');
  await expect(currentCard(page)).toHaveAttribute('data-question', second);
  expect(await currentCard(page).locator('[data-key]').count()).toBe((await keysOf(second)).length);
  await expect(currentCard(page).getByRole('button', { name: '确定' })).toBeVisible();
});
