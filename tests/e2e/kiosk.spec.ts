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

test('on a portrait 1080×1920 screen the attract screen fills the screen and reads from two metres', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(kiosk('kiosk/'));
  // The whole screen is the product: no site header, nothing below the fold.
  await expect(page.locator('.site-header')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1920);
  const start = await page.getByRole('link', { name: '点一下开始' }).boundingBox();
  expect(start!.height).toBeGreaterThanOrEqual(120);
  const tiles = page.locator('.topics a');
  expect(await tiles.count()).toBeGreaterThanOrEqual(4);
  for (const tile of await tiles.all()) {
    expect((await tile.boundingBox())!.height).toBeGreaterThanOrEqual(200);
    await expect(tile.locator('svg')).toHaveCount(1);
  }
  // The lowest thing on the screen reaches into its bottom third: the screen is filled.
  const lowest = await page.locator('.hotlines').boundingBox();
  expect(lowest!.y + lowest!.height).toBeGreaterThan(1920 * 0.66);
  await expect(page.locator('.hotlines .number').first()).toHaveText('110');
  await testInfo.attach('kiosk-1080x1920-attract.png', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the start button breathes gently, and not at all for readers who ask for less motion', async ({ page }) => {
  await page.goto(kiosk('kiosk/'));
  const animation = () => page.locator('.start').evaluate((element) => getComputedStyle(element).animationName);
  expect(await animation()).not.toBe('none');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
});

test('every kiosk page sets its text at 24 px or more', async ({ page }, testInfo) => {
  // It walks every page at 1080×1920 (half a minute alone); give it room on a loaded machine.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1080, height: 1920 });
  for (const path of sitemapPaths()) {
    await page.goto(`${KIOSK_ORIGIN}${path}`);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('main *')]
          .filter((element) => element.getClientRects().length > 0 && [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim() !== ''))
          .map((element) => parseFloat(getComputedStyle(element).fontSize)),
      ),
    );
    expect(smallest, `smallest text on ${path}`).toBeGreaterThanOrEqual(24);
    const lineLength = await page.locator('main p').first().evaluate((element) => element.getBoundingClientRect().width);
    expect(lineLength, `line length on ${path}`).toBeLessThanOrEqual(1000);
    if (path.endsWith('/articles/yiwu-case/') || path === BASE) {
      await testInfo.attach(`kiosk-1080x1920${path.replace(/\//g, '_')}.png`, { body: await page.screenshot(), contentType: 'image/png' });
    }
  }
});

test('after the idle time it asks, counts down, then wipes the quiz, the waybill tool and storage', async ({ page }) => {
  await page.clock.install();
  await page.goto(kiosk('quiz/'));
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  await answer(page, true);
  expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);

  await page.clock.fastForward(IDLE_MS - 5_000);
  await expect(page.locator('kiosk-idle')).toBeHidden();
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
  await expect(page.locator('main').getByText('请用手机拨打').first()).toBeVisible();
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
