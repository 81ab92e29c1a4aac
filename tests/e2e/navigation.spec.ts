import { expect, test } from '@playwright/test';
import { ARTICLE_IDS, BASE, sitemapPaths } from './site.ts';

test('every internal link and #fragment on every page resolves', async ({ page, request }) => {
  const checked = new Map<string, Set<string>>();
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const ids = checked.get(url.pathname) ?? new Set<string>();
      checked.set(url.pathname, ids);
      if (url.hash) ids.add(decodeURIComponent(url.hash.slice(1)));
    }
  }
  const broken: string[] = [];
  for (const [pathname, ids] of checked) {
    const response = await request.get(pathname);
    if (response.status() !== 200) {
      broken.push(`${pathname} → ${response.status()}`);
      continue;
    }
    if (ids.size === 0) continue;
    await page.goto(pathname);
    for (const id of ids) {
      if ((await page.locator(`[id="${id}"]`).count()) === 0) broken.push(`${pathname}#${id}: no such heading or anchor`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked.size).toBeGreaterThanOrEqual(8);
});

test('the five articles live at their fixed URLs, each ending with its sources', async ({ page }) => {
  for (const id of ARTICLE_IDS) {
    const response = await page.goto(`${BASE}articles/${id}/`);
    expect(response?.status(), id).toBe(200);
    const sources = page.locator('section[aria-labelledby="sources-title"] li');
    expect(await sources.count(), `${id} lists its sources`).toBeGreaterThanOrEqual(1);
  }
});

test('the reading path links each article to the next', async ({ page }) => {
  await page.goto(`${BASE}articles/${ARTICLE_IDS[0]}/`);
  for (const id of ARTICLE_IDS.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/articles/${id}/$`));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('the skip link is the first stop for the keyboard and jumps to the content', async ({ page }) => {
  await page.goto(`${BASE}articles/yiwu-case/`);
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('110 and 96110 are tappable phone links on the police tips page', async ({ page }) => {
  await page.goto(`${BASE}articles/police-tips/`);
  await expect(page.locator('main a[href="tel:110"]').first()).toBeVisible();
  await expect(page.locator('main a[href="tel:96110"]').first()).toBeVisible();
});

test('an unknown address shows a helpful 404 page with the articles', async ({ page }) => {
  const response = await page.goto(`${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('没有找到这个页面');
  await expect(page.locator('main a[href$="/articles/yiwu-case/"]')).toBeVisible();
});

test('robots.txt points at the sitemap and the manifest and icons are served', async ({ request }) => {
  const robots = await request.get(`${BASE}robots.txt`);
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  for (const asset of ['favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/share-card.png']) {
    expect((await request.get(`${BASE}${asset}`)).status(), asset).toBe(200);
  }
});

test('the print stylesheet hides navigation and keeps the article', async ({ page }) => {
  await page.goto(`${BASE}articles/privacy-waybill/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
});
