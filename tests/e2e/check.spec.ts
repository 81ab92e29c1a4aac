import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE, KIOSK_ORIGIN } from './site.ts';
import { storageWrites, watchStorage } from './storage-watch.ts';

const checkPage = `${BASE}check/`;
const SAFE_CLAIMS = ['是安全的', '没问题', '是真的', '可以放心'];

/** Made-up messages of the kinds the page is for; the fixtures in tests/fixtures/check/ hold many more. */
const SCAM_TEXT = '【快递理赔中心】您的包裹在运输中丢失，我们将按双倍为您理赔。请点击 t.cn/A6xYz9 填写银行卡号领取赔款，24小时内不处理将作废。';
const BANK_TEXT = '【某某银行】您尾号3821的储蓄卡12月4日10:21消费支出人民币86.50元，余额2345.67元。验证码及密码请勿告诉他人，如有疑问请致电95566。';
const PLAIN_TEXT = '妈，我今晚加班，晚饭不回来吃了，你们先吃，别等我。';

async function paste(page: Page, text: string) {
  await page.locator('[data-check-input]').fill(text);
  await page.locator('[data-check-run]').click();
}

async function resultText(page: Page): Promise<string> {
  return page.locator('[data-check-result]').innerText();
}

test('a pasted scam text: high signs first, quoting its own words, then what to do now, all on the device', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await watchStorage(page);
  await page.goto(checkPage);
  // One screen on a phone: the box and its button are in view without scrolling.
  await expect(page.locator('[data-check-run]')).toBeInViewport();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await paste(page, SCAM_TEXT);
  const signs = page.locator('[data-check-sign]');
  await expect(signs.first()).toBeVisible();
  const weights = await signs.evaluateAll((items) => items.map((item) => item.getAttribute('data-weight')));
  expect(weights.filter((weight) => weight === 'high').length).toBeGreaterThanOrEqual(2);
  // Heaviest first.
  expect(weights).toEqual([...weights].sort((a, b) => ['high', 'medium', 'low'].indexOf(a!) - ['high', 'medium', 'low'].indexOf(b!)));
  const ids = await signs.evaluateAll((items) => items.map((item) => item.getAttribute('data-check-sign')));
  expect(ids).toEqual(expect.arrayContaining(['refund-link', 'lost-parcel-payout', 'asks-card']));
  await expect(page.locator('[data-check-verdict="high"]')).toBeVisible();
  await expect(page.locator('[data-check-none]')).toHaveCount(0);
  // The reader's own words are quoted back, as text.
  await expect(page.locator('[data-check-sign="asks-card"] [data-check-quote]')).toContainText('银行卡号');
  // Focus moves to the result, so a screen reader reads it and the phone shows it.
  await expect(page.locator('[data-check-result] h2')).toBeFocused();
  await testInfo.attach('check-scam-360x640.png', { body: await page.screenshot(), contentType: 'image/png' });

  // What to do now, with numbers a phone can call.
  await expect(page.getByRole('heading', { name: '接下来怎么做' })).toBeVisible();
  await expect(page.locator('[data-situation="money-moved"] a[href="tel:110"]')).toBeVisible();
  await expect(page.locator('[data-situation="nothing-done"] a[href="tel:96110"]')).toBeVisible();

  // Nothing typed left the page: no request, no storage, not in the address.
  expect(requests).toEqual([]);
  expect(await storageWrites(page)).toEqual([]);
  expect(page.url()).toBe(new URL(checkPage, page.url()).href);
  for (const claim of SAFE_CLAIMS) expect(await resultText(page)).not.toContain(claim);
});

test('a genuine bank text: no high sign, and nothing that calls it safe', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(checkPage);
  await paste(page, BANK_TEXT);
  await expect(page.locator('[data-check-result]')).toBeVisible();
  await expect(page.locator('[data-check-sign][data-weight="high"]')).toHaveCount(0);
  await expect(page.locator('[data-check-verdict="high"]')).toBeHidden();
  const text = await resultText(page);
  for (const claim of SAFE_CLAIMS) expect(text).not.toContain(claim);
  await testInfo.attach('check-bank-360x640.png', { body: await page.screenshot(), contentType: 'image/png' });
});

test('a message with no sign says so, and that this is no proof of safety', async ({ page }) => {
  await page.goto(checkPage);
  await paste(page, PLAIN_TEXT);
  const none = page.locator('[data-check-none]');
  await expect(none).toBeVisible();
  await expect(none).toContainText('没发现常见的骗局信号，但这不代表没有风险');
  await expect(none).toContainText('96110');
  await expect(page.locator('[data-check-sign]')).toHaveCount(0);
  for (const claim of SAFE_CLAIMS) expect(await resultText(page)).not.toContain(claim);

  // Checking again starts from an empty box; an empty box asks for text instead of a verdict.
  await page.getByRole('button', { name: '再查一段' }).click();
  await expect(page.locator('[data-check-input]')).toHaveValue('');
  await page.locator('[data-check-run]').click();
  await expect(page.locator('[data-check-result]')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '先把那段话粘贴进上面的框里' })).toBeVisible();
});

test('describing a call in a few taps: the answers that are signs show, with what to do', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await watchStorage(page);
  await page.goto(checkPage);
  await page.getByRole('radio', { name: '一通电话' }).check();
  await expect(page.locator('[data-check-input]')).toBeHidden();
  await page.getByText('网店或购物平台的客服').click();
  await page.getByText('快递丢了或坏了，要赔我钱').click();
  await page.getByText('进“会议”，或打开屏幕共享').click();
  await page.getByText('说出验证码').click();
  await page.getByRole('button', { name: '看结果' }).click();
  const ids = await page.locator('[data-check-sign]').evaluateAll((items) => items.map((item) => item.getAttribute('data-check-sign')));
  expect(ids.sort()).toEqual(['asks-code', 'lost-parcel-payout', 'screen-share']);
  await expect(page.locator('[data-check-sign][data-weight="high"]')).toHaveCount(3);
  await expect(page.locator('[data-check-verdict="high"]')).toBeVisible();
  await testInfo.attach('check-call-360x640.png', { body: await page.screenshot(), contentType: 'image/png' });
  expect(await storageWrites(page)).toEqual([]);
});

test('without JavaScript the call questions are a checklist with the same advice, and the paste box is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(checkPage);
  await expect(page.locator('[data-check-input]')).toBeHidden();
  // Playwright's "JavaScript off" still parses <noscript> as text, so read the HTML itself.
  expect(await page.content()).toMatch(/<noscript><p[^>]*>粘贴一段话来查，需要浏览器开启 JavaScript/);
  await expect(page.getByText('对方要你做什么？')).toBeVisible();
  // Every answer that is a sign says what it means, beside it.
  const meanings = page.locator('[data-check-meaning]');
  expect(await meanings.count()).toBeGreaterThanOrEqual(10);
  await expect(meanings.filter({ hasText: '向你要验证码' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '接下来怎么做' })).toBeVisible();
  await expect(page.locator('[data-situation="money-moved"] a[href="tel:110"]')).toBeVisible();
  await context.close();
});

test('a message pasted into search is offered 查一查, which opens /check/ with it, never in the address', async ({ page }) => {
  await watchStorage(page);
  await page.goto(`${BASE}search/`);
  const box = page.getByRole('searchbox');
  await box.fill(SCAM_TEXT);
  const offer = page.getByRole('button', { name: '查一查这段话' });
  await expect(offer).toBeVisible();
  expect(page.url()).not.toContain(encodeURIComponent('理赔'));
  expect(page.url()).not.toContain('?q=');
  await offer.click();
  await page.waitForURL(`**${checkPage}`);
  await expect(page.locator('[data-check-input]')).toHaveValue(SCAM_TEXT);
  await expect(page.locator('[data-check-sign][data-weight="high"]').first()).toBeVisible();
  expect(page.url()).toBe(new URL(checkPage, page.url()).href);
  // Read once: the history entry no longer holds it, and a reload starts empty.
  expect(await page.evaluate(() => history.state)).toBeNull();
  await page.reload();
  await expect(page.locator('[data-check-input]')).toHaveValue('');
  expect(await storageWrites(page)).toEqual([]);
  // Back returns to search.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
});

test('a question stays a search: short text is not offered to 查一查', async ({ page }) => {
  await page.goto(`${BASE}search/`);
  await page.getByRole('searchbox').fill('快递丢了怎么办');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '查一查这段话' })).toBeHidden();
});

test('查一查 is reachable from home, the help box on every page and search by what it does', async ({ page }) => {
  await page.goto(BASE);
  await expect(page.locator('.urgent').getByRole('link', { name: '收到可疑短信、电话？查一查' })).toHaveAttribute('href', checkPage);
  await page.goto(`${BASE}articles/yiwu-case/`);
  await page.locator('.help-button').click();
  await expect(page.locator('.help-panel').getByRole('link', { name: '查一查这条短信、这通电话' })).toHaveAttribute('href', checkPage);
  for (const query of ['查一查', '是不是骗子', '这个短信是真的吗']) {
    await page.goto(`${BASE}search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-results] a').first(), query).toHaveAttribute('href', new RegExp(`${checkPage}$`));
  }
});

test('the result state passes axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(checkPage);
    await paste(page, SCAM_TEXT);
    await expect(page.locator('[data-check-sign]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('on the kiosk: a tile on the attract screen, and the call questions by tapping, with no text field', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(`${KIOSK_ORIGIN}${BASE}kiosk/`);
  const tile = page.locator('.topics a', { hasText: '可疑电话，查一查' });
  await expect(tile).toBeVisible();
  await tile.click();
  await expect(page).toHaveURL(`${KIOSK_ORIGIN}${checkPage}`);
  await expect(page.locator('textarea:visible, input[type="text"]:visible, input[type="search"]:visible')).toHaveCount(0);
  await expect(page.locator('[data-check-input]')).toHaveCount(0);
  await page.getByText('转账、汇款', { exact: true }).click();
  await page.getByRole('button', { name: '看结果' }).click();
  await expect(page.locator('[data-check-sign="asks-transfer"]')).toBeVisible();
  // The kiosk cannot call: the numbers are shown for the visitor's own phone.
  await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
});
