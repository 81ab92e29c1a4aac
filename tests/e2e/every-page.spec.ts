import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE, builtPagePaths, sitemapPaths } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = sitemapPaths();

/** Loads a page and records what a privacy-minded reviewer would worry about. */
async function visit(page: Page, path: string) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== new URL(page.url() === 'about:blank' ? request.url() : page.url()).origin) {
      foreignRequests.push(request.url());
    }
  });
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  return { response, consoleErrors, foreignRequests };
}

test('the sitemap lists every built page', () => {
  expect(builtPagePaths(BASE)).toEqual([...pages].sort());
});

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads cleanly, stays on this origin, and has one h1, a title and a description', async ({ page, baseURL }) => {
      const { response, consoleErrors, foreignRequests } = await visit(page, path);
      expect(response?.status()).toBe(200);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.title()).trim().length).toBeGreaterThan(2);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim().length ?? 0).toBeGreaterThanOrEqual(20);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });

    test('has no WCAG 2.2 A/AA violations in light or dark mode', async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) => `${colorScheme}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      }
    });

    test('is complete with JavaScript off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const mainText = await page.locator('main').innerText();
      expect(mainText.length).toBeGreaterThan(150);
      await context.close();
    });

    test('fits a 360 px phone and a 1440 px screen without sideways scrolling', async ({ page }) => {
      for (const width of [360, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      }
    });
  });
}
