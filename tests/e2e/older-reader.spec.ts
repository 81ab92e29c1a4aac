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
          return top && !focused.contains(top) && !top.contains(focused) && top.closest('header, [style*=fixed]') ? `${focused.outerHTML.slice(0, 80)} under ${top.outerHTML.slice(0, 60)}` : null;
        });
        expect(covered).toBeNull();
      }
    });
  });
}
