import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { searchFor, searchPanel } from './search-helpers.ts';
import { BASE } from './site.ts';

const article = `${BASE}articles/yiwu-case/`;
const isSearchAsset = (url: string) => /\/pagefind\//.test(url) || /search\/words\.json|SearchDialog|dialog|panel|engine/i.test(url);

test('nothing of search is downloaded until the reader opens it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(article, { waitUntil: 'networkidle' });
  expect(requests.filter((url) => /\/pagefind\//.test(url))).toEqual([]);
  const scriptsBefore = requests.filter((url) => url.endsWith('.js'));

  await page.locator('a[data-search-trigger]').click();
  await expect(page.locator('dialog[data-search-dialog]')).toBeVisible();
  // Opening search is the sign: the engine starts loading before a word is typed.
  await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await searchFor(page.locator('dialog [data-search]'), '面单');
  const scriptsAfter = requests.filter((url) => url.endsWith('.js'));
  expect(scriptsAfter.length).toBeGreaterThan(scriptsBefore.length);
  expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // Only the small trigger script is on the page before opening.
  expect(scriptsBefore.filter(isSearchAsset)).toEqual([]);
});

test('the dialog works by keyboard: "/" opens, arrows move, Enter opens, Esc closes and returns focus', async ({ page }) => {
  await page.goto(article);
  const trigger = page.locator('a[data-search-trigger]');
  await trigger.focus();
  await page.keyboard.press('/');
  const dialog = page.locator('dialog[data-search-dialog]');
  await expect(dialog).toBeVisible();
  const input = dialog.locator('input[type="search"]');
  await expect(input).toBeFocused();

  await page.keyboard.type('验证码');
  const status = dialog.locator('[data-search-status]');
  await expect(status).toContainText('找到');
  const first = dialog.locator('a[data-result="1"]');
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(first).not.toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await dialog.locator('a[data-result="1"]').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('screen readers hear the number of results through a polite status line', async ({ page }) => {
  await page.goto(`${BASE}search/`);
  const panel = searchPanel(page);
  const status = panel.locator('[data-search-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await searchFor(panel, '屏幕共享');
  const count = await panel.locator('a[data-result]').count();
  expect(count).toBeGreaterThan(0);
  await expect(status).toHaveText(`找到 ${count} 篇和“屏幕共享”有关的文章。`);
  await expect(panel.getByRole('list', { name: '搜索结果' })).toBeVisible();
});

test('a small site is read whole by the first search: no 更多结果 button, hidden too before any search', async ({ page }) => {
  await page.goto(`${BASE}search/`);
  const panel = searchPanel(page);
  await expect(panel.locator('[data-search-more]')).toBeHidden();
  expect(await searchFor(panel, '面单')).not.toEqual([]);
  await expect(panel.locator('[data-search-more]')).toBeHidden();
});

test('results show title, category, a highlighted excerpt and links to matching sections', async ({ page }) => {
  await page.goto(`${BASE}search/?q=${encodeURIComponent('紧急止付')}`);
  const panel = searchPanel(page);
  await expect(panel.locator('[data-search-status]')).toContainText('找到');
  const first = panel.locator('.result').first();
  await expect(first.locator('.result-category')).toHaveText(/案例|面单|防骗提示|测验|工具/);
  await expect(first.locator('.result-excerpt mark').first()).toHaveText('紧急止付');
  const section = first.locator('a[data-result-section]').first();
  await expect(section).toHaveAttribute('href', /#/);
  const target = await section.getAttribute('href');
  await section.click();
  const id = decodeURIComponent(target!.split('#')[1]!);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a whole question is answered by a section: the result says which one and jumps straight to it', async ({ page }) => {
  await page.goto(`${BASE}search/`);
  const panel = searchPanel(page);
  await searchFor(panel, '银行卡要不要挂失？');
  const first = panel.locator('.result').first();
  await expect(first.locator('.result-answer')).toHaveText('答案在“挂失银行卡，也联系微信支付和支付宝”这一节');
  await expect(first.locator('.result-excerpt mark').first()).toBeVisible();
  const link = first.locator('a[data-result]');
  await expect(link).toHaveAttribute('href', /#/);
  await link.click();
  await expect(page.getByRole('heading', { name: '挂失银行卡，也联系微信支付和支付宝' })).toBeInViewport();
});

test('"X是什么" opens the glossary at its entry, and a tool is found by what it does', async ({ page }) => {
  await page.goto(`${BASE}search/`);
  const panel = searchPanel(page);
  await searchFor(panel, '紧急止付是什么意思？');
  const entry = panel.locator('a[data-result="1"]');
  await expect(entry).toHaveAttribute('href', `${BASE}glossary/#emergency-stop-payment`);
  await searchFor(panel, '我想答题');
  await expect(panel.locator('a[data-result="1"]')).toHaveAttribute('href', `${BASE}quiz/`);
});

test('/search/?q= runs the search on arrival and keeps the address in step with the box', async ({ page }) => {
  await page.goto(`${BASE}search/?q=96110`);
  const panel = searchPanel(page);
  await expect(panel.locator('input[type="search"]')).toHaveValue('96110');
  await expect(panel.locator('a[data-result="1"]')).toBeVisible();
  await searchFor(panel, '隐私面单');
  await expect(page).toHaveURL(/\?q=%E9%9A%90%E7%A7%81%E9%9D%A2%E5%8D%95$/);
});

test('a query is read the same from the box and from an address: invisible characters dropped, and never repeated at length', async ({ page }) => {
  // Zero-width characters pasted inside a word still find it.
  await page.goto(`${BASE}search/?q=${encodeURIComponent('验\u200b证\u200d码')}`);
  const panel = searchPanel(page);
  await expect(panel.locator('a[data-result="1"]')).toBeVisible();
  expect(await searchFor(panel, '隐\u200b私面单')).toContain(`${BASE}articles/privacy-waybill/`);

  // An address with a long query (as long as a server takes): the status line, read aloud, and the address stay short.
  await page.goto(`${BASE}search/?q=${encodeURIComponent(`验证码${' '.repeat(1_500)}面单${'\u200b'.repeat(800)}`)}`);
  const status = panel.locator('[data-search-status]');
  await expect(status).toContainText('验证码 面单');
  expect((await status.innerText()).length).toBeLessThan(120);
  expect(page.url().length).toBeLessThan(300);
  expect((await panel.locator('input[type="search"]').inputValue()).length).toBeLessThanOrEqual(2000);
});

test('suggested searches work by touch, and an empty result says what to try next', async ({ page }) => {
  await page.goto(article);
  await page.locator('a[data-search-trigger]').tap();
  const dialog = page.locator('dialog[data-search-dialog]');
  await dialog.getByRole('link', { name: '96110' }).tap();
  await expect(dialog.locator('[data-search-status]')).toContainText('找到');
  await expect(dialog.locator('input[type="search"]')).toHaveValue('96110');

  await searchFor(dialog.locator('[data-search]'), '火星旅游');
  await expect(dialog.locator('[data-search-status]')).toHaveText('没有找到和“火星旅游”有关的内容。');
  const help = dialog.locator('[data-search-empty]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link')).toHaveCount(6);
});

test('a query is shown as text, never run as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    await d.dismiss();
  });
  await page.goto(`${BASE}search/`);
  const panel = searchPanel(page);
  const attack = '<img src=x onerror=alert(1)>面单';
  await searchFor(panel, attack);
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(panel.locator('[data-search-status]')).toContainText(attack);
  expect(dialogs).toBe(0);
});

test('the open dialog passes axe in light and dark, with a question answered by a section', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(article);
    await page.locator('a[data-search-trigger]').click();
    await searchFor(page.locator('dialog [data-search]'), '银行卡要不要挂失？');
    await expect(page.locator('dialog .result-answer').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('dialog[data-search-dialog]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
});

test('without JavaScript the search button leads to /search/, which explains, lists the start-here articles and links the full list', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(article);
  await page.locator('a[data-search-trigger]').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}search/$`));
  await expect(page.locator('main .all-articles .article-list a[href*="/articles/"]')).toHaveCount(5);
  await page.locator('main .all-articles').getByRole('link', { name: '全部文章' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}articles/$`));
  await context.close();
  // Playwright's "JavaScript off" still parses <noscript> as text, so read the HTML itself.
  const html = await (await request.get(`${BASE}search/`)).text();
  expect(html).toMatch(/<noscript><p[^>]*>搜索需要浏览器开启 JavaScript/);
});

test('the /search/ page works by touch and by keyboard alone', async ({ page }) => {
  await page.goto(`${BASE}search/`);
  const panel = searchPanel(page);
  const input = panel.locator('input[type="search"]');
  await expect(input).toBeFocused();
  await panel.getByRole('link', { name: '被骗了怎么办' }).tap();
  await expect(panel.locator('[data-search-status]')).toContainText('找到');
  await expect(panel.locator('a[data-result="1"]')).toHaveAttribute('href', /if-scammed/);

  await input.focus();
  await input.fill('');
  await page.keyboard.type('隐私面单');
  await page.keyboard.press('Enter');
  await expect(panel.locator('[data-search-status]')).toContainText('“隐私面单”');
  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('a[data-result="1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/articles\/privacy-waybill\/$/);
});
