import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE, sitemapPaths } from './site.ts';

const article = `${BASE}articles/yiwu-case/`;
const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const bodyColours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.color, getComputedStyle(document.documentElement).backgroundColor];
  });

async function openSettings(page: Page) {
  await page.getByRole('button', { name: '阅读设置' }).click();
  return page.getByRole('group', { name: '阅读设置' });
}

test('each setting changes the page, and persists across pages and reloads', async ({ page }) => {
  await page.goto(article);
  const standard = await rootFontSize(page);
  const colours = await bodyColours(page);
  const spacing = await page.evaluate(() => getComputedStyle(document.documentElement).lineHeight);

  const panel = await openSettings(page);
  await panel.getByRole('radio', { name: '特大' }).check();
  expect(await rootFontSize(page)).toBeCloseTo(standard * (150 / 112.5), 1);
  await panel.getByRole('radio', { name: '大', exact: true }).check();
  expect(await rootFontSize(page)).toBeCloseTo(standard * (131.25 / 112.5), 1);
  await panel.getByRole('checkbox', { name: '高对比度（黑白分明）' }).check();
  expect(await bodyColours(page)).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  expect(await bodyColours(page)).not.toEqual(colours);
  await panel.getByRole('checkbox', { name: '加大行距' }).check();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).lineHeight)).not.toBe(spacing);

  await page.reload();
  expect(await rootFontSize(page)).toBeCloseTo(standard * (131.25 / 112.5), 1);
  await page.goto(`${BASE}quiz/`);
  expect(await rootFontSize(page)).toBeCloseTo(standard * (131.25 / 112.5), 1);
  expect(await bodyColours(page)).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await expect(page.locator('html')).toHaveAttribute('data-spacing', 'wide');

  const again = await openSettings(page);
  await expect(again.getByRole('radio', { name: '大', exact: true })).toBeChecked();
  await again.getByRole('button', { name: '恢复默认' }).click();
  expect(await rootFontSize(page)).toBeCloseTo(standard, 1);
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', /.*/);
});

test('saved settings apply before the first paint, not after the scripts load', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('fangpian-reading', JSON.stringify({ size: 'xlarge', contrast: 'high' })));
  // Hold back every external script: only the inline boot script can have set the size.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(article, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-text-size'))).toBe('xlarge');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
});

test('the system setting for more contrast is respected until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto(article);
  expect(await bodyColours(page)).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  // The whole high-contrast palette, not just text and background: the same as the toggle's.
  const danger = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-danger').trim());
  expect(await danger()).toBe('#8b0000');
  const panel = await openSettings(page);
  await expect(panel.getByRole('checkbox', { name: '高对比度（黑白分明）' })).toBeChecked();
  await panel.getByRole('checkbox', { name: '高对比度（黑白分明）' }).uncheck();
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', /.*/);
  expect(await bodyColours(page)).not.toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  expect(await danger()).toBe('#a3191b');
});

test('at the largest text size nothing on any page spills sideways on a 360 px phone', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('fangpian-reading', JSON.stringify({ size: 'xlarge', spacing: 'wide' })));
  await page.setViewportSize({ width: 360, height: 740 });
  const overflowing: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          // A closed <details> keeps its content laid out (content-visibility: hidden) but never shown.
          const folded = el.closest('details:not([open])') !== null && el.closest('summary') === null;
          return box.width > 0 && box.right > limit + 1 && !el.closest('.visually-hidden, [hidden]') && !folded;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 60));
    });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (scroll > 0 || wide.length > 0) overflowing.push(`${path}: scroll ${scroll}px; ${wide.slice(0, 3).join(', ')}`);
  }
  expect(overflowing).toEqual([]);
});

test('axe is clean at every setting, in light and dark', async ({ page }) => {
  const combos = [
    { size: 'large' },
    { size: 'xlarge', spacing: 'wide' },
    { contrast: 'high' },
    { size: 'xlarge', contrast: 'high', spacing: 'wide' },
  ];
  for (const settings of combos) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(article);
      await page.evaluate((value) => localStorage.setItem('fangpian-reading', JSON.stringify(value)), settings);
      await page.reload();
      await page.getByRole('button', { name: '阅读设置' }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${JSON.stringify(settings)} ${colorScheme}: ${v.id}`)).toEqual([]);
    }
  }
});

test('the settings work by keyboard, with visible focus, and Esc closes them', async ({ page }) => {
  await page.goto(article);
  const toggle = page.getByRole('button', { name: '阅读设置' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const standard = page.getByRole('radio', { name: '标准' });
  await expect(standard).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('read aloud is hidden where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await page.goto(article);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('read aloud drives speech synthesis paragraph by paragraph with a Chinese voice, and never the network', async ({ page }) => {
  await page.addInitScript(() => {
    const log: string[] = [];
    const queue: SpeechSynthesisUtterance[] = [];
    const voice = { lang: 'zh-CN', name: '测试中文语音', default: true, localService: true, voiceURI: 'zh' };
    const synth = {
      speaking: false,
      paused: false,
      pending: false,
      getVoices: () => [{ ...voice, lang: 'en-US', name: 'English' }, voice],
      speak(u: SpeechSynthesisUtterance) {
        log.push(`speak:${u.lang}:${u.text.slice(0, 12)}`);
        queue.push(u);
      },
      pause: () => log.push('pause'),
      resume: () => log.push('resume'),
      cancel: () => {
        log.push('cancel');
        queue.length = 0;
      },
      addEventListener: () => {},
      /** Test hook: finish the utterance being spoken. */
      finishCurrent() {
        const u = queue.shift();
        u?.onend?.(new Event('end') as SpeechSynthesisEvent);
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { __speech: { log: string[]; synth: typeof synth } }).__speech = { log, synth };
  });
  await page.goto(article, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const control = page.locator('[data-read-aloud]');
  await expect(control).toBeVisible();
  await control.getByRole('button', { name: '朗读全文' }).click();
  const log = () => page.evaluate(() => (window as unknown as { __speech: { log: string[] } }).__speech.log);
  expect((await log()).filter((entry) => entry.startsWith('speak'))).toHaveLength(1);
  expect((await log()).find((entry) => entry.startsWith('speak'))).toMatch(/^speak:zh-CN:/);
  await expect(page.locator('.is-being-read')).toHaveCount(1);

  await page.evaluate(() => (window as unknown as { __speech: { synth: { finishCurrent(): void } } }).__speech.synth.finishCurrent());
  expect((await log()).filter((entry) => entry.startsWith('speak'))).toHaveLength(2);

  await control.getByRole('button', { name: '暂停' }).click();
  await control.getByRole('button', { name: '继续' }).click();
  await control.getByRole('button', { name: '停止' }).click();
  expect((await log()).slice(-3)).toEqual(['pause', 'resume', 'cancel']);
  await expect(page.locator('.is-being-read')).toHaveCount(0);
  await expect(control.locator('[data-read-status]')).toHaveText('已停止朗读。');
  // It reads the article, not the controls or the source list.
  expect((await log()).join()).not.toContain('用手机或电脑自带');
  expect(requests).toEqual([]);
});
