import { expect, test } from '@playwright/test';
import { kioskTargetProblems } from './kiosk-targets.ts';
import { answer } from './quiz-helpers.ts';
import { BASE, KIOSK_ORIGIN, PRINTABLE_PAGES, sitemapPaths } from './site.ts';

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

test('after the idle time it asks, counts down, then leaves the page and wipes the quiz and storage', async ({ page }) => {
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
  await page.getByRole('radio', { name: /李红/ }).tap();
  await expect(page.locator('[data-label="before"] [data-field="name"]')).toHaveText('李红');
  // runFor fires every timer on the way, including each tick of the countdown.
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 2_000);
  await expect(page).toHaveURL(kiosk('kiosk/'));
  // Nothing is left but the new visit the start screen began (src/client/kiosk/visit.ts).
  // (The start screen's script begins the visit as the page loads: wait for it.)
  await expect.poll(() => page.evaluate(() => [localStorage.length, Object.keys(sessionStorage)])).toEqual([0, ['kiosk-visit']]);

  await page.goto(kiosk('quiz/'));
  await expect(page.getByRole('button', { name: '开始测验（10 题）' })).toBeVisible();
  await expect(page.locator('[data-resume-note]')).toBeHidden();
  // The tapped label lived only in the page the reset left; the browser cannot go back to it
  // (the kiosk's Chromium runs with history swipes off and no back button).
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
  // The website registers its worker once the page is idle; the kiosk's pages must never try.
  await page.addInitScript(() => {
    const workers = navigator.serviceWorker;
    if (!workers) return;
    workers.register = () => {
      document.documentElement.dataset.triedWorker = 'yes';
      return Promise.reject(new Error('the kiosk has no service worker'));
    };
  });
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
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 3000 })));
  await expect(page.locator('html')).not.toHaveAttribute('data-tried-worker', 'yes');
});

test('search on the kiosk needs no typing: whole questions as large buttons, which stay beside the results', async ({ page }) => {
  await page.goto(kiosk(''));
  await page.locator('a[data-search-trigger]').tap();
  const dialog = page.locator('dialog[data-search-dialog]');
  await expect(dialog.locator('input')).toBeHidden();
  const question = dialog.getByRole('link', { name: '隐私面单是什么' });
  expect((await question.boundingBox())!.height).toBeGreaterThanOrEqual(60);
  await question.tap();
  await expect(dialog.locator('a[data-result="1"]')).toHaveAttribute('href', /privacy-waybill/);
  await dialog.getByRole('link', { name: '96110是什么电话' }).tap();
  // The count names the question tapped, not the search words behind it.
  await expect(dialog.locator('[data-search-status]')).toContainText('“96110是什么电话”');

  await page.goto(kiosk('search/'));
  await expect(page.locator('main input')).toBeHidden();
  await page.getByRole('link', { name: '已经被骗了，怎么办' }).tap();
  await expect(page.locator('main a[data-result="1"]')).toHaveAttribute('href', /if-scammed/);
});

test('the waybill tool on the kiosk works by tapping made-up labels: to mask one, and to judge one', async ({ page }) => {
  await page.goto(kiosk('tools/waybill/'));
  const tool = page.locator('[data-waybill-tool]');
  await tool.getByRole('radio', { name: /欧阳晓燕/ }).tap();
  await expect(tool.locator('[data-label="after"] [data-field="name"]')).toHaveText('欧阳**');
  await tool.getByRole('radio', { name: '检查我的面单' }).tap();
  await tool.getByRole('radio', { name: /张\*明/ }).tap();
  await expect(tool.locator('[data-summary]')).toContainText('不符合');
  await tool.getByRole('radio', { name: /欧\*\*/ }).tap();
  await expect(tool.locator('[data-summary]')).toHaveText('这张面单符合国家标准的要求。');
});

test('no kiosk page shows a text field: nothing asks for a keyboard the kiosk does not have', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  const fields: string[] = [];
  for (const path of [...sitemapPaths(), `${BASE}kiosk/`]) {
    await page.goto(`${KIOSK_ORIGIN}${path}`);
    const visible = await page.locator('input:not([type="radio"], [type="checkbox"], [type="hidden"]), textarea').evaluateAll((inputs) => inputs.filter((input) => input.getClientRects().length > 0).length);
    if (visible > 0) fields.push(`${path}: ${visible}`);
  }
  expect(fields).toEqual([]);
});

test('a kiosk built without SITE_URL tells whoever set it up, on the attract screen', async ({ page }) => {
  await page.goto(kiosk('kiosk/'));
  await expect(page.locator('[data-local-site]')).toContainText('SITE_URL');
  await expect(page.locator('[data-local-site]')).toContainText('npm run build:kiosk');
});

test('every kiosk page at 1080×1920: each target at least 60 px or spaced by a 60 px circle, none overlapping, none under the home bar', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1080, height: 1920 });
  const problems: string[] = [];
  const measure = async (where: string) => {
    for (const { what, problem } of await kioskTargetProblems(page)) problems.push(`${where}: ${what} ${problem}`);
    // Scrolled to the end, the page's last line ends above the bar that holds 回到首页.
    const covered = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const bar = document.querySelector('.kiosk-bar');
      const last = document.querySelector('.site-footer') ?? document.querySelector('main');
      if (!bar || !last) return 0;
      return last.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    });
    if (covered > 1) problems.push(`${where}: the home bar covers the last ${Math.round(covered)} px of the page`);
  };
  for (const path of [...sitemapPaths(), `${BASE}kiosk/`]) {
    await page.goto(`${KIOSK_ORIGIN}${path}`);
    await measure(path);
  }
  // And in the states a visitor reaches by tapping.
  await page.goto(kiosk('quiz/'));
  await page.getByRole('button', { name: '开始测验（10 题）' }).tap();
  await measure('quiz, a question');
  await answer(page, true);
  await measure('quiz, answered');
  await testInfo.attach('kiosk-1080x1920-quiz.png', { body: await page.screenshot(), contentType: 'image/png' });
  await page.goto(kiosk('simulate/lost-parcel/'));
  await page.locator('.sim-choice').first().tap();
  await measure('simulation, after a choice');
  await page.goto(kiosk('simulate/lost-parcel/'));
  await testInfo.attach('kiosk-1080x1920-simulation.png', { body: await page.screenshot(), contentType: 'image/png' });
  await page.goto(kiosk('search/'));
  await page.getByRole('link', { name: '隐私面单是什么' }).tap();
  await expect(page.locator('main a[data-result="1"]')).toBeVisible();
  await measure('search, results');
  await page.goto(kiosk('tools/waybill/'));
  await page.getByRole('radio', { name: '检查我的面单' }).tap();
  await measure('waybill tool, judging');
  await page.goto(kiosk('articles/if-scammed/'));
  await page.locator('summary').filter({ hasText: '求助' }).tap();
  await measure('help open');
  expect(problems).toEqual([]);
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

test('the browser shortcuts that reach a kiosk page are cancelled: print, save, open, find, back', async ({ page }) => {
  await page.goto(kiosk('articles/police-tips/'));
  await page.evaluate(() => {
    (window as unknown as { prevented: string[] }).prevented = [];
    window.addEventListener('keydown', (event) => {
      if (event.defaultPrevented) (window as unknown as { prevented: string[] }).prevented.push(event.key);
    });
  });
  const shortcuts = ['Control+p', 'Control+s', 'Control+o', 'Control+f', 'Alt+ArrowLeft', 'Backspace', 'F12', 'Control+Shift+i'];
  for (const shortcut of shortcuts) await page.keyboard.press(shortcut);
  expect(await page.evaluate(() => (window as unknown as { prevented: string[] }).prevented)).toEqual(['p', 's', 'o', 'f', 'ArrowLeft', 'Backspace', 'F12', 'i']);
  // Ordinary keys still work: Tab moves on, nothing is cancelled.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (window as unknown as { prevented: string[] }).prevented.length)).toBe(shortcuts.length);
  await expect(page).toHaveURL(kiosk('articles/police-tips/'));
});

test('no kiosk page tells a visitor to press Ctrl+P: the kiosk cannot print', async ({ page }) => {
  for (const path of ['print/', ...PRINTABLE_PAGES]) {
    await page.goto(kiosk(path));
    await expect(page.locator('body'), path).not.toContainText('Ctrl+P');
  }
  await page.goto(kiosk('print/'));
  await expect(page.locator('main')).toContainText('这台一体机不能打印');
});

test('after the idle reset, Back does not lead into the last visitor\'s pages: it lands on the start screen', async ({ page }) => {
  await page.clock.install();
  // Each page is read long enough to note its visit (src/client/kiosk/visit.ts) before the next.
  const noted = () => page.waitForFunction(() => typeof (history.state as { kioskVisit?: string } | null)?.kioskVisit === 'string');
  await page.goto(kiosk('kiosk/'));
  await page.getByRole('link', { name: '点一下开始' }).click();
  await expect(page).toHaveURL(kiosk(''));
  await noted();
  await page.goto(kiosk('articles/police-tips/'));
  await noted();
  await page.goto(kiosk('quiz/'));
  await noted();
  await page.clock.runFor(IDLE_MS + COUNTDOWN_MS + 2_000);
  await expect(page).toHaveURL(kiosk('kiosk/'));
  // The next visitor goes back: the last visitor's page is never shown again.
  await page.goBack();
  await expect(page).toHaveURL(kiosk('kiosk/'));
  await page.goBack();
  await expect(page).toHaveURL(kiosk('kiosk/'));
});

test('a kiosk page restored from the back-forward cache after a new visit began goes to the start screen', async ({ page }) => {
  await page.goto(kiosk('kiosk/'));
  await page.goto(kiosk('articles/police-tips/'));
  // A new visitor has started at the attract screen in the meantime; then this page is shown again.
  await page.evaluate(() => {
    sessionStorage.setItem('kiosk-visit', 'the-next-visitor');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(page).toHaveURL(kiosk('kiosk/'));
  // The kiosk's server never lets the browser keep a page.
  const response = await page.request.get(kiosk('articles/police-tips/'));
  expect(response.headers()['cache-control']).toBe('no-store');
});
