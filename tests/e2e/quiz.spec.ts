import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answer, currentCard, next, playRound } from './quiz-helpers.ts';
import { BASE } from './site.ts';

const quiz = `${BASE}quiz/`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: import('@playwright/test').Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a round answered all right scores 10 of 10 with nothing to review', async ({ page }) => {
  await page.goto(quiz);
  await page.getByRole('button', { name: '开始测验（10 题）' }).click();
  const ids = await playRound(page, 10, true);
  expect(new Set(ids).size).toBe(10);
  await expect(page.locator('[data-score]')).toHaveText('10 题答对 10 题');
  await expect(page.locator('[data-review]')).toBeHidden();
  await expect(page.locator('[data-result-title]')).toBeFocused();
  await expect(page.locator('[data-card-score]')).toHaveText('10 题答对 10 题');
});

test('a round answered all wrong scores 0 and reviews every question with what to read next', async ({ page }) => {
  await page.goto(quiz);
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  await playRound(page, 5, false);
  await expect(page.locator('[data-score]')).toHaveText('5 题答对 0 题');
  // Each missed question, answered as the reader answered it: their choice and the right one marked.
  const review = page.locator('[data-review-list] > [data-question]');
  await expect(review).toHaveCount(5);
  await expect(review.first()).toContainText('✗ 你的选择');
  await expect(review.first()).toContainText('✓ 正确答案');
  await expect(review.first()).toContainText('正确答案：');
  await expect(review.first().locator('a[href*="/articles/"]')).toHaveCount(1);
  const readNext = page.locator('[data-read-next] li:not([hidden]) a');
  expect(await readNext.count()).toBeGreaterThan(0);
  for (const href of await readNext.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/\/articles\/[a-z-]+\/$/);
});

test('the round draws questions from every topic', async ({ page }) => {
  await page.goto(quiz);
  await page.getByRole('button', { name: '开始测验（10 题）' }).click();
  const topics: string[] = [];
  for (let i = 0; i < 10; i++) {
    topics.push((await currentCard(page).getAttribute('data-topic'))!);
    await answer(page, true);
    await next(page);
  }
  const counts = topics.reduce<Record<string, number>>((acc, topic) => ({ ...acc, [topic]: (acc[topic] ?? 0) + 1 }), {});
  expect(Object.keys(counts).sort()).toEqual(['after', 'case', 'scam', 'tips', 'waybill']);
  expect(Object.values(counts)).toEqual([2, 2, 2, 2, 2]);
});

test('a reload mid-round resumes on the same question with earlier answers kept', async ({ page }) => {
  await page.goto(quiz);
  await page.getByRole('button', { name: '开始测验（10 题）' }).click();
  await answer(page, true);
  await next(page);
  await answer(page, false);
  const id = await currentCard(page).getAttribute('data-question');
  await page.reload();
  await expect(page.locator('[data-resume-note]')).toBeVisible();
  await expect(page.locator('[data-progress-text]')).toHaveText('第 2 题，共 10 题');
  await expect(currentCard(page)).toHaveAttribute('data-question', id!);
  await expect(currentCard(page).locator('[data-verdict]')).toHaveText('答错了。');
  await next(page);
  await expect(page.locator('[data-progress-text]')).toHaveText('第 3 题，共 10 题');

  await page.getByRole('button', { name: '清除我的测验记录' }).click();
  await expect(page.getByRole('button', { name: '开始测验（10 题）' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('fangpian-quiz-v1'))).toBeNull();
});

test('trying again draws a different set of questions', async ({ page }) => {
  await page.goto(quiz);
  await page.getByRole('button', { name: '开始测验（10 题）' }).click();
  const first = await playRound(page, 10, true);
  await page.getByRole('button', { name: '再测一次（10 题，换一批题）' }).click();
  const second = await playRound(page, 10, true);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
});

test('the whole quiz works with the keyboard alone and announces each verdict', async ({ page }) => {
  await page.goto(quiz);
  await page.getByRole('button', { name: '快速测一测（5 题）' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-progress-text]')).toBeFocused();
  for (let i = 0; i < 5; i++) {
    const card = currentCard(page);
    // Tab to the first choice, pick it with Space, Tab on to 确定 and press Enter.
    await page.keyboard.press('Tab');
    await expect(card.locator('input').first()).toBeFocused();
    await page.keyboard.press('Space');
    await card.getByRole('button', { name: '确定' }).focus();
    await page.keyboard.press('Enter');
    await expect(card.locator('[data-verdict]')).toBeFocused();
    // Announced once through a live region, shown once on the card: never shown twice.
    await expect(page.locator('[data-announce]')).toHaveText(/答对了！|答错了。/);
    await expect(page.locator('[data-status]')).toBeHidden();
    await expect(page.locator('[data-announce]')).toHaveClass(/visually-hidden/);
    await page.locator('[data-next]').focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('[data-result-title]')).toBeFocused();
  await expect(page.locator('[data-score]')).toHaveText(/5 题答对 \d 题/);
});

test('submitting without a choice asks for one', async ({ page }) => {
  await page.goto(quiz);
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  await currentCard(page).getByRole('button', { name: '确定' }).click();
  await expect(page.locator('[data-status]')).toHaveText('请先选一个答案。');
  await expect(currentCard(page).locator('[data-solution]')).toBeHidden();
});

test('no network request at all during a round, and the result card becomes a saveable image', async ({ page }) => {
  await page.goto(quiz, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  await playRound(page, 5, true);
  expect(requests).toEqual([]);

  await page.getByRole('button', { name: '生成成绩卡图片' }).click();
  const image = page.locator('[data-card-image] img');
  await expect(image).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(image).toHaveAttribute('alt', '防骗小测验成绩卡：5 题答对 5 题');
  expect(requests.every((url) => url.includes('/_astro/'))).toBe(true);
  await expect(page.locator('[data-result-card] svg[role="img"]')).toHaveAttribute('aria-label', '扫码打开快递面单防骗课堂');
});

test('axe finds nothing on the start screen, a question, its feedback and the result', async ({ page }) => {
  await page.goto(quiz);
  await axe(page, 'start');
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  await axe(page, 'question');
  await answer(page, false);
  await axe(page, 'feedback');
  await next(page);
  for (let i = 1; i < 5; i++) {
    await answer(page, i % 2 === 0);
    await next(page);
  }
  await page.getByRole('button', { name: '生成成绩卡图片' }).click();
  await expect(page.locator('[data-card-image] img')).toBeVisible();
  await axe(page, 'result');
  await page.emulateMedia({ colorScheme: 'dark' });
  await axe(page, 'result (dark)');
});

test('without JavaScript every question is readable with its answer behind <details>', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(quiz);
  const cards = page.locator('[data-quiz-bank] [data-question]');
  expect(await cards.count()).toBeGreaterThanOrEqual(30);
  await expect(page.locator('[data-quiz-app]')).toBeHidden();
  const first = cards.first();
  await expect(first.locator('[data-solution] .explanation')).toBeHidden();
  await first.getByText('看答案和解析').click();
  await expect(first.locator('[data-solution] .explanation')).toBeVisible();
  await context.close();
});

test('the chrome-less embed page carries the same quiz and no site navigation', async ({ page }) => {
  await page.goto(`${BASE}embed/quiz/`);
  await expect(page.locator('header, footer, nav')).toHaveCount(0);
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  await answer(page, true);
  await axe(page, 'embed');
});
