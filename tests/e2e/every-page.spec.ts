import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { BASE, builtPagePaths, sitemapPaths, UNLISTED_PAGES } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const listed = sitemapPaths();
/** Every page a visitor can land on: the sitemap and the unlisted ones (the offline page). */
const pages = [...listed, ...UNLISTED_PAGES.map((page) => `${BASE}${page}`)];

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
  expect(builtPagePaths(BASE)).toEqual([...listed].sort());
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

    test('has no WCAG 2.2 A/AA violations in light or dark mode, and with high contrast at the largest text size', async ({ page }) => {
      const states = [
        { colorScheme: 'light', settings: null },
        { colorScheme: 'dark', settings: null },
        { colorScheme: 'light', settings: { size: 'xlarge', contrast: 'high' } },
        { colorScheme: 'dark', settings: { size: 'xlarge', contrast: 'high' } },
      ] as const;
      for (const { colorScheme, settings } of states) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await page.evaluate((value) => {
          if (value) localStorage.setItem('fangpian-reading', JSON.stringify(value));
          else localStorage.removeItem('fangpian-reading');
        }, settings);
        await page.reload();
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const label = `${colorScheme}${settings ? ' high contrast xlarge' : ''}`;
        const summary = results.violations.map(
          (violation) => `${label}: ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      }
    });

    test('on a 360×640 phone the header stays small and the title is on the first screen', async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, 'header height at 360 px').toBeLessThanOrEqual(72);
      const h1 = await page.locator('main h1').boundingBox();
      expect(h1!.y, 'where the h1 starts at 360 px').toBeLessThanOrEqual(200);
      // Every link of the header stays one tap away, through the menu button.
      await page.locator('.menu summary').click();
      for (const link of await page.locator('.menu-panel a').all()) await expect(link).toBeVisible();
      await page.locator('.menu summary').click();
      await testInfo.attach(`phone-360x640${path.replace(/\//g, '_')}.png`, { body: await page.screenshot(), contentType: 'image/png' });
      await page.setViewportSize({ width: 1440, height: 900 });
      await expect(page.locator('.nav-wide')).toBeVisible();
      await testInfo.attach(`desktop-1440x900${path.replace(/\//g, '_')}.png`, { body: await page.screenshot(), contentType: 'image/png' });
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
