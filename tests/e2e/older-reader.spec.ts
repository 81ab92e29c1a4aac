import { expect, test, type Page } from '@playwright/test';
import { BASE, sitemapPaths, UNLISTED_PAGES } from './site.ts';

/**
 * The site as a 68-year-old reads it: WeChat's browser on a 360×640 phone (the
 * older-reader project in playwright.config.ts), browser text at 125 % (20 px) and the
 * site's 特大 setting. The rules are those of 《互联网网站适老化通用设计规范》 and WCAG 2.2
 * that a page can break: help one tap away, big targets, roomy lines, large text without
 * sideways scrolling, and nothing focused hidden under the header.
 */
const pages = [...sitemapPaths(), ...UNLISTED_PAGES.map((page) => `${BASE}${page}`)];

/** Opens a page the way she has her phone set up. */
export async function openAsHer(page: Page, path: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20, fixed: 16 } });
  await page.addInitScript(() => localStorage.setItem('fangpian-reading', JSON.stringify({ size: 'xlarge' })));
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'xlarge');
}

/** Whether an element's box lies inside the first screen. */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
}

for (const path of pages) {
  test.describe(`as an older reader: ${path}`, () => {
    test('help reaches the numbers to call in one tap from the first screen', async ({ page }) => {
      await openAsHer(page, path);
      const help = page.locator('[data-help-now] summary');
      expect(await onFirstScreen(page, '[data-help-now] summary')).toBe(true);
      await help.click();
      for (const number of ['110', '96110']) {
        await expect(page.locator(`[data-help-now] a[href="tel:${number}"]`)).toBeVisible();
        expect(await onFirstScreen(page, `[data-help-now] a[href="tel:${number}"]`), `tel:${number} on the first screen`).toBe(true);
      }
    });

    test('big targets, roomy lines and 30 px text, with no sideways scrolling', async ({ page }, testInfo) => {
      await openAsHer(page, path);
      await testInfo.attach(`older-reader${path.replace(/\//g, '_')}.png`, { body: await page.screenshot(), contentType: 'image/png' });
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const name = (element: Element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/)[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 20)}"`;
        // Inside a closed <details> an element may still have a box (Chromium lays it out under content-visibility: hidden).
        const shown = (element: Element) => {
          const box = element.getBoundingClientRect();
          const folded = element.closest('details:not([open])') !== null && element.closest('summary') === null;
          return box.width > 0 && box.height > 0 && !folded && getComputedStyle(element).visibility !== 'hidden';
        };
        // A link inside running text may be as small as its line (WCAG 2.5.8's inline exception); every other control is 44 × 44.
        const inRunningText = (element: Element) => {
          if (getComputedStyle(element).display !== 'inline') return false;
          const block = element.parentElement?.closest('p, li, dd, td, figcaption, blockquote');
          return block !== null && block !== undefined && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 4;
        };
        const controls = document.querySelectorAll('a[href], button, summary, input:not([type=hidden]), select, textarea, [role=button], [tabindex="0"]');
        for (const control of controls) {
          if (!shown(control) || inRunningText(control)) continue;
          // A radio or checkbox counts with its label, which is the target a finger hits.
          const target = control.matches('input[type=radio], input[type=checkbox]') ? (control.closest('label') ?? control) : control;
          const box = target.getBoundingClientRect();
          if (box.width < 43.5 || box.height < 43.5) found.push(`target ${Math.round(box.width)}×${Math.round(box.height)}: ${name(control)}`);
        }
        // Body text: the size most long paragraphs of the page are set in.
        const main = document.querySelector('main');
        const paragraphs = [...(main?.querySelectorAll('p') ?? [])].filter((p) => shown(p) && (p.textContent ?? '').trim().length > 30 && !p.closest('nav, header, footer, [aria-hidden=true]'));
        const sizes = new Map<number, number>();
        for (const p of paragraphs) sizes.set(parseFloat(getComputedStyle(p).fontSize), (sizes.get(parseFloat(getComputedStyle(p).fontSize)) ?? 0) + 1);
        const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0];
        if (bodySize !== undefined && bodySize < 30) found.push(`body text ${bodySize}px at 特大`);
        const body = paragraphs.filter((p) => parseFloat(getComputedStyle(p).fontSize) === bodySize);
        for (const p of body) {
          const style = getComputedStyle(p);
          const size = parseFloat(style.fontSize);
          const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
          if (line < size * 1.5 - 0.1) found.push(`line height ${line}px for ${size}px text: ${name(p)}`);
          // The space to the next paragraph of body text, as laid out (margins, or a flex gap).
          const next = p.nextElementSibling;
          if (next?.tagName === 'P' && body.includes(next as HTMLParagraphElement)) {
            const gap = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
            if (gap <= line - size) found.push(`paragraph spacing ${Math.round(gap)}px not above line spacing ${line - size}px: ${name(p)}`);
          }
        }
        if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
        return found;
      });
      expect(problems).toEqual([]);
    });

    test('no focused element is hidden under the header (WCAG 2.4.11)', async ({ page }) => {
      await openAsHer(page, path);
      for (let step = 0; step < 25; step++) {
        await page.keyboard.press('Tab');
        const covered = await page.evaluate(() => {
          const focused = document.activeElement;
          if (!focused || focused === document.body) return null;
          const box = focused.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return null;
          const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
          const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), window.innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          if (!top || focused.contains(top) || top.contains(focused)) return null;
          // Covered by something that stays put while the page scrolls (a fixed or sticky bar, a floating button).
          for (let element: Element | null = top; element; element = element.parentElement) {
            const position = getComputedStyle(element).position;
            if (position === 'fixed' || position === 'sticky') return `${focused.outerHTML.slice(0, 80)} under ${element.outerHTML.slice(0, 60)}`;
          }
          return null;
        });
        expect(covered).toBeNull();
      }
    });
  });
}

test('search: the box spans the phone, her question shows whole, and the first result is on screen after 搜索', async ({ page }, testInfo) => {
  await openAsHer(page, `${BASE}search/`);
  const box = page.locator('main input[type="search"]');
  const width = (await box.boundingBox())!.width;
  expect(width, 'search box width').toBeGreaterThanOrEqual(0.75 * page.viewportSize()!.width);
  await box.fill('有人说我的快递丢了要赔钱，怎么办');
  await box.press('Enter');
  const first = page.locator('main [data-result="1"]');
  await expect(first).toBeVisible();
  // The suggested searches fold away, so the results come right under the box.
  await expect(page.locator('main [data-suggestions]')).toBeHidden();
  await expect(async () => expect(await onFirstScreen(page, 'main [data-result="1"]')).toBe(true)).toPass();
  await expect(first).toHaveAttribute('href', /\/articles\/police-tips\//);
  // Excerpts are the page's words: never the read-aloud buttons, a transcript's labels or a picture's captions.
  const excerpts = await page.locator('main .results').innerText();
  for (const word of ['朗读', '❚❚', '来电者：', '示意：本站编写']) expect(excerpts, word).not.toContain(word);
  await testInfo.attach('older-reader-search.png', { body: await page.screenshot(), contentType: 'image/png' });
});

test('search from the article she is reading marks that article 本页', async ({ page }) => {
  await openAsHer(page, `${BASE}articles/if-scammed/`);
  await page.locator('.site-header .search-trigger').click();
  const box = page.locator('dialog input[type="search"]');
  await box.fill('被骗了怎么办');
  await box.press('Enter');
  const here = page.locator('dialog [data-result-here]');
  await expect(here).toHaveCount(1);
  await expect(here).toHaveText('本页');
  await expect(page.locator('dialog .result:has([data-result-here]) a').first()).toHaveAttribute('href', /\/articles\/if-scammed\//);
});

test('every article opens with 先记住, its remember lines, before its first section; the contents fold on a phone', async ({ page }) => {
  const articles = sitemapPaths().filter((path) => /\/articles\/[a-z-]+\/$/.test(path));
  expect(articles.length).toBeGreaterThan(0);
  for (const path of articles) {
    await openAsHer(page, path);
    const remember = page.locator('[data-remember]');
    await expect(remember, path).toBeVisible();
    expect(await remember.locator('li').count(), path).toBeGreaterThanOrEqual(3);
    const [rememberTop, firstSectionTop] = await page.evaluate(() => [
      document.querySelector('[data-remember]')!.getBoundingClientRect().top,
      document.querySelector('[data-article-body] h2')!.getBoundingClientRect().top,
    ]);
    expect(rememberTop, path).toBeLessThan(firstSectionTop);
    // The remember box starts on the first screen; the contents wait behind one line.
    expect(rememberTop, path).toBeLessThan(page.viewportSize()!.height);
    await expect(page.locator('.toc--folded summary'), path).toBeVisible();
    await expect(page.locator('.toc--folded a').first(), path).toBeHidden();
  }
});

test('quiz: a waybill label keeps its width at every text size, its options keep their numbers, 下一题 shows the next question', async ({ page }, testInfo) => {
  const widths: number[] = [];
  for (const size of ['normal', 'xlarge'] as const) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20, fixed: 16 } });
    await page.goto(`${BASE}quiz/`);
    await page.evaluate((value) => {
      localStorage.clear();
      localStorage.setItem('fangpian-reading', JSON.stringify({ size: value }));
    }, size);
    await page.reload();
    // Play rounds until a waybill-label question comes up, then answer it.
    let found = false;
    for (let round = 0; round < 6 && !found; round++) {
      await page.locator('[data-start="10"]:visible').first().click();
      for (let i = 0; i < 10 && !found; i++) {
        const card = page.locator('[data-stage] [data-question]');
        const correct = ((await card.getAttribute('data-correct')) ?? '').split(',');
        // Not the round's last question: after it, 下一题 must lead to another question, not the score.
        if ((await card.locator('.mini-label').count()) > 0 && i < 9) {
          const titles = await card.locator('.mini-title').allInnerTexts();
          expect(titles).toEqual(titles.map((_, index) => `第 ${index + 1} 张面单`));
          await card.locator(`[data-key="${correct[0]}"] input`).check();
          await card.getByRole('button', { name: '确定' }).click();
          const labels = await card.locator('.mini-label').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().width));
          widths.push(Math.min(...labels));
          if (size === 'xlarge') await testInfo.attach('older-reader-quiz-waybill.png', { body: await page.screenshot(), contentType: 'image/png' });
          found = true;
          await page.locator('[data-next]').click();
          // The next question's line "第 n 题" comes to the top of the screen, the question under it.
          const progress = await page.locator('[data-progress-text]').boundingBox();
          expect(progress!.y).toBeGreaterThanOrEqual(-1);
          expect(progress!.y).toBeLessThan(80);
        } else {
          for (const key of correct) await card.locator(`[data-key="${key}"] input`).check();
          await card.getByRole('button', { name: '确定' }).click();
          await page.locator('[data-next]').click();
        }
      }
    }
    expect(found, `a waybill question at ${size}`).toBe(true);
  }
  expect(widths[1]!, 'label width at 特大').toBeGreaterThanOrEqual(0.9 * widths[0]!);
  expect(widths[1]!).toBeGreaterThan(200);
});

test('home opens three doors: for buyers, for shops and for those who teach; the menu and 关于本站 lead to talks and printables', async ({ page }) => {
  await openAsHer(page, BASE);
  const doors = page.locator('[data-door]');
  await expect(doors).toHaveCount(3);
  await expect(page.locator('[data-door="shop"] a[href$="/articles/for-shops/"]')).toHaveCount(1);
  for (const path of ['talk/', 'print/']) {
    await expect(page.locator(`[data-door="teach"] a[href="${BASE}${path}"]`)).toHaveCount(1);
    await expect(page.locator(`.menu-panel a[href="${BASE}${path}"]`)).toHaveCount(1);
  }
  await openAsHer(page, `${BASE}about/`);
  for (const path of ['talk/', 'print/']) await expect(page.locator(`main a[href="${BASE}${path}"]`)).toHaveCount(1);
});
