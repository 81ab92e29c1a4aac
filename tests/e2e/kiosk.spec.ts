import { expect, test } from '@playwright/test';
import { answer } from './quiz-helpers.ts';
import { BASE, KIOSK_ORIGIN, sitemapPaths } from './site.ts';

const kiosk = (path = '') => `${KIOSK_ORIGIN}${BASE}${path}`;
const IDLE_MS = 90_000;
const COUNTDOWN_MS = 15_000;

test('the attract screen leads in with one big tap', async ({ page }) => {
  await page.goto(kiosk('kiosk/'));
  const start = page.getByRole('link', { name: '点一下开始' });
  const box = await start.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(48);
  await start.tap();
  await expect(page).toHaveURL(kiosk(''));
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', '');
});

test('after the idle time it asks, counts down, then wipes the quiz, the waybill tool and storage', async ({ page }) => {
  await page.clock.install();
  await page.goto(kiosk('quiz/'));
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  await answer(page, true);
  expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);

  await page.clock.fastForward(IDLE_MS - 5_000);
  await expect(page.locator('[data-kiosk-idle]')).toBeHidden();
  await page.clock.fastForward(6_000);
  const dialog = page.getByRole('alertdialog', { name: '还在吗？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('秒后回到首页');

  // "我还在" keeps the visitor's place.
  await dialog.getByRole('button', { name: '我还在，继续看' }).click();
  await expect(dialog).toBeHidden();

  await page.goto(kiosk('tools/waybill/'));
  await page.locator('[data-waybill-tool]').getByLabel('姓名').first().fill('李雷');
  // runFor fires every timer on the way, including each tick of the countdown.
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 2_000);
  await expect(page).toHaveURL(kiosk('kiosk/'));
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);

  await page.goto(kiosk('quiz/'));
  await expect(page.getByRole('button', { name: '开始测验（10 题）' })).toBeVisible();
  await expect(page.locator('[data-resume-note]')).toBeHidden();
  await page.goto(kiosk('tools/waybill/'));
  await expect(page.locator('[data-waybill-tool]').getByLabel('姓名').first()).toHaveValue('张小明');
});

test('no link leads outside the kiosk: other sites become QR codes and phone numbers are text', async ({ page }) => {
  const paths = [...sitemapPaths(), `${BASE}kiosk/`];
  const outside: string[] = [];
  for (const path of paths) {
    await page.goto(`${KIOSK_ORIGIN}${path}`);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== KIOSK_ORIGIN) outside.push(`${path} → ${href}`);
    }
  }
  expect(outside).toEqual([]);
  await page.goto(kiosk('articles/police-tips/'));
  await expect(page.getByRole('img', { name: /用手机扫码继续阅读/ }).first()).toBeVisible();
  await expect(page.getByText('请用手机拨打').first()).toBeVisible();
});

test('no text selection or pinch zoom, without a viewport that forbids zoom, and no service worker', async ({ page }) => {
  await page.goto(kiosk('articles/yiwu-case/'));
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.documentElement);
    return { select: s.userSelect, touch: s.touchAction, size: s.fontSize };
  });
  expect(style.select).toBe('none');
  expect(style.touch).toBe('pan-x pan-y');
  expect(parseFloat(style.size)).toBeGreaterThanOrEqual(20);
  await expect(page.locator('meta[name="viewport"]')).toHaveAttribute('content', 'width=device-width, initial-scale=1');
  const contextMenuBlocked = await page.evaluate(() => !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })));
  expect(contextMenuBlocked).toBe(true);
  expect((await page.request.get(kiosk('sw.js'))).status()).toBe(404);
});

test('search on the kiosk works with the suggested-search chips and by typing', async ({ page }) => {
  await page.goto(kiosk(''));
  await page.locator('a[data-search-trigger]').tap();
  const dialog = page.locator('dialog[data-search-dialog]');
  await dialog.getByRole('link', { name: '隐私面单' }).tap();
  await expect(dialog.locator('a[data-result="1"]')).toHaveAttribute('href', /privacy-waybill/);
  await dialog.locator('input[type="search"]').fill('96110');
  await expect(dialog.locator('[data-search-status]')).toContainText('“96110”');
});

test('kiosk pages pass axe, the idle question included', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  await page.clock.install();
  for (const path of ['kiosk/', 'articles/police-tips/', 'articles/if-scammed/']) {
    await page.goto(kiosk(path));
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
  await page.clock.fastForward(IDLE_MS + 1_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((v) => `idle: ${v.id}`)).toEqual([]);
});
