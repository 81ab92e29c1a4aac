import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { BASE, DIST } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const talks = readdirSync(`${DIST}/talk`, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const url = `${BASE}talk/${talks[0]}/`;

const shown = (page: Page) => page.locator('talk-deck [data-slide]:visible');
const number = (page: Page) => page.locator('[data-deck-number]');

test('there is at least one talk, listed on /talk/ and linked from /print/', async ({ page }) => {
  expect(talks.length).toBeGreaterThanOrEqual(1);
  await page.goto(`${BASE}talk/`);
  await expect(page.locator(`a[href="${url}"]`)).toHaveCount(1);
  await page.goto(`${BASE}print/`);
  await expect(page.locator(`main a[href="${BASE}talk/"]`)).toHaveCount(1);
});

test('arrow keys, the clicker keys (PageDown/PageUp) and space move one slide at a time', async ({ page }) => {
  await page.goto(url);
  const total = await page.locator('talk-deck [data-slide]').count();
  expect(total).toBeGreaterThanOrEqual(5);
  await expect(shown(page)).toHaveCount(1);
  await expect(number(page)).toHaveText(`1 / ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect(number(page)).toHaveText(`2 / ${total}`);
  await expect(page).toHaveURL(/#slide-2$/);
  await expect(page.locator('#slide-2')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(number(page)).toHaveText(`3 / ${total}`);
  await page.keyboard.press(' ');
  await expect(number(page)).toHaveText(`4 / ${total}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(number(page)).toHaveText(`2 / ${total}`);
  await page.keyboard.press('End');
  await expect(number(page)).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect(number(page)).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('Home');
  await expect(number(page)).toHaveText(`1 / ${total}`);
  // The browser's back button and a shared link land on the same slide.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.goBack();
  await expect(number(page)).toHaveText(`2 / ${total}`);
  await page.goto(`${url}#slide-4`);
  await expect(page.locator('#slide-4')).toBeVisible();
  await expect(shown(page)).toHaveCount(1);
});

test('the speaker notes show and hide, by button and by the S key', async ({ page }) => {
  await page.goto(url);
  const notes = page.locator('#slide-1 [data-notes]');
  await expect(notes).toBeHidden();
  const button = page.getByRole('button', { name: '讲稿' });
  await button.click();
  await expect(notes).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('s');
  await expect(notes).toBeHidden();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('a swipe on a touch screen moves to the next and the previous slide', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(url);
  const swipe = (fromX: number, toX: number) =>
    page.locator('talk-deck').evaluate(
      (deck, [from, to]) => {
        const touch = (x: number) => new Touch({ identifier: 1, target: deck, clientX: x, clientY: 300 });
        deck.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(from!)], changedTouches: [touch(from!)], bubbles: true }));
        deck.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(to!)], bubbles: true }));
      },
      [fromX, toX],
    );
  await swipe(800, 300);
  await expect(number(page)).toHaveText(/^2 \//);
  await swipe(300, 800);
  await expect(number(page)).toHaveText(/^1 \//);
  await swipe(500, 480);
  await expect(number(page)).toHaveText(/^1 \//);
  await context.close();
});

test('without JavaScript the talk is a plain page of slides, each with its notes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const total = await page.locator('talk-deck [data-slide]').count();
  await expect(shown(page)).toHaveCount(total);
  await expect(page.locator('talk-deck [data-notes]:visible')).toHaveCount(total);
  await expect(page.locator('[data-deck-bar]')).toBeHidden();
  await context.close();
});

test('the talk ends with QR codes to the quiz and the call simulation', async ({ page }) => {
  await page.goto(url);
  await page.goto(`${url}#slide-${await page.locator('talk-deck [data-slide]').count()}`);
  const last = page.locator('talk-deck [data-slide]').last();
  const targets = await last.locator('figure[data-qr-for]').evaluateAll((figures) => figures.map((figure) => figure.getAttribute('data-qr-for')));
  expect(targets.some((href) => /\/quiz\/$/.test(href ?? ''))).toBe(true);
  expect(targets.some((href) => /\/simulate\/$/.test(href ?? ''))).toBe(true);
});

test('presenting, with and without notes, passes axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const slide of [1, 2, 3, 4, 5]) {
      await page.goto(`${url}#slide-${slide}`);
      await expect(page.locator(`#slide-${slide}`)).toBeVisible();
      if (slide === 2) await page.getByRole('button', { name: '讲稿' }).click();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${colorScheme} slide ${slide}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});

test('the presenter view and the audience window turn pages together, whichever is driven', async ({ context }) => {
  const audience = await context.newPage();
  await audience.setViewportSize({ width: 1280, height: 720 });
  await audience.goto(url);
  const total = await audience.locator('talk-deck [data-slide]').count();
  expect(total).toBeGreaterThanOrEqual(11);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 720 });
  await presenter.goto(`${url}#presenter-slide-1`);
  // The presenter sees this slide, the next one, the notes and the clock.
  await expect(presenter.locator('[data-presenter-info]')).toBeVisible();
  await expect(presenter.locator('[data-clock]')).toContainText(/现在 \d\d:\d\d/);
  await expect(presenter.locator('#slide-1 [data-notes]')).toBeVisible();
  await expect(presenter.locator('#slide-2 [data-slide-frame]')).toBeVisible();
  // Driven from the audience's window, forward through every slide.
  for (let slide = 2; slide <= total; slide++) {
    await audience.keyboard.press('PageDown');
    await expect(presenter.locator('[data-deck-number]')).toHaveText(`${slide} / ${total}`);
    await expect(presenter).toHaveURL(new RegExp(`#presenter-slide-${slide}$`));
  }
  // Driven from the presenter's window, back to the start.
  for (let slide = total - 1; slide >= 1; slide--) {
    await presenter.keyboard.press('ArrowLeft');
    await expect(audience.locator('[data-deck-number]')).toHaveText(`${slide} / ${total}`);
    await expect(audience).toHaveURL(new RegExp(`#slide-${slide}$`));
  }
});

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`in full screen at ${width}×${height} every slide fills the screen, whole, with only the slide showing`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName.toLowerCase())).toBe('talk-deck');
    // No controls and no key hints over the slide until the pointer moves.
    await expect(page.locator('[data-deck-bar]')).toBeHidden();
    await expect(page.locator('[data-deck-keys]')).toBeHidden();
    const total = await page.locator('talk-deck [data-slide]').count();
    for (let slide = 1; slide <= total; slide++) {
      const measured = await page.evaluate(() => {
        const frame = document.querySelector('.slide.is-current [data-slide-frame]') as HTMLElement;
        const screen = frame.querySelector('.slide-screen') as HTMLElement;
        const scale = Number(getComputedStyle(frame).getPropertyValue('--scale'));
        const texts = [...screen.querySelectorAll('*')].filter((el) => [...el.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim()) && el.getBoundingClientRect().width > 0);
        const box = frame.getBoundingClientRect();
        return {
          frame: { width: box.width, height: box.height, top: box.top, left: box.left },
          cut: screen.scrollHeight > screen.clientHeight + 1 || screen.scrollWidth > screen.clientWidth + 1,
          smallest: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale)),
          codes: [...screen.querySelectorAll('img')].map((img) => img.getBoundingClientRect().height),
          numbers: [...screen.querySelectorAll('[data-hotline]')].map((el) => el.getAttribute('data-hotline')),
        };
      });
      // 16:9 at the screen's full width or height, inside the screen.
      expect(Math.max(measured.frame.width / width, measured.frame.height / height), `slide ${slide} fills the screen`).toBeGreaterThan(0.99);
      expect(measured.frame.top).toBeGreaterThanOrEqual(-1);
      expect(measured.frame.top + measured.frame.height).toBeLessThanOrEqual(height + 1);
      expect(measured.cut, `slide ${slide}: nothing cut off`).toBe(false);
      if (width === 1920) expect(measured.smallest, `slide ${slide}: smallest text`).toBeGreaterThanOrEqual(32);
      for (const code of measured.codes) expect(code, `slide ${slide}: QR code height`).toBeGreaterThanOrEqual(measured.frame.height / 5);
      if (slide === total) expect(measured.numbers).toEqual(expect.arrayContaining(['110', '96110']));
      await page.keyboard.press('ArrowRight');
    }
    await page.mouse.move(width / 2, height / 2);
    await page.mouse.move(width / 2 + 20, height / 2 + 20);
    await expect(page.locator('[data-deck-bar]')).toBeVisible();
  });
}
