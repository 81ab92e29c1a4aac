import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BASE } from './site.ts';

test('复制到公众号 puts rich text and plain text on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`${BASE}wechat/yiwu-case/`);
  await expect(page.frameLocator('[data-preview]').locator('h2').first()).toBeVisible();
  await page.getByRole('button', { name: '复制到公众号' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('已复制。请到公众号编辑器里粘贴。');
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      types: item!.types,
      html: await (await item!.getType('text/html')).text(),
      text: await (await item!.getType('text/plain')).text(),
    };
  });
  expect(clipboard.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(clipboard.html).toContain('style="');
  expect(clipboard.html).toContain('事情是怎么发生的');
  expect(clipboard.html).not.toMatch(/class=|<script|<a /);
  expect(clipboard.text).toContain('事情是怎么发生的');
  expect(clipboard.text).not.toContain('<');
});

test('the title, 摘要 and 原文链接 each copy as one line of plain text, for the editor\'s own fields', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`${BASE}wechat/yiwu-case/`);
  for (const field of ['title', 'summary', 'original']) {
    const expected = (await page.locator(`[data-copy-text="${field}"]`).textContent())!;
    await page.locator(`button[data-copy-field="${field}"]`).click();
    await expect(page.locator(`button[data-copy-field="${field}"]`)).toHaveText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }
  expect([...(await page.locator('[data-copy-text="summary"]').textContent())!].length).toBeLessThanOrEqual(120);
});

test('the preview shows the post as WeChat does: 677 px wide, sans-serif, body text 15 to 17 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${BASE}wechat/yiwu-case/`);
  expect((await page.locator('[data-preview]').boundingBox())!.width).toBeCloseTo(677, 0);
  const body = page.frameLocator('[data-preview]').locator('p').first();
  const style = await body.evaluate((p) => ({ family: getComputedStyle(p).fontFamily, size: parseFloat(getComputedStyle(p).fontSize) }));
  expect(style.family).toMatch(/sans-serif$/);
  expect(style.family).not.toMatch(/serif["']?,|^serif/);
  expect(style.size).toBeGreaterThanOrEqual(15);
  expect(style.size).toBeLessThanOrEqual(17);
});

test('every article has an export page that passes axe', async ({ page }) => {
  for (const slug of ['yiwu-case', 'privacy-waybill', 'police-tips', 'if-scammed', 'for-shops']) {
    const response = await page.goto(`${BASE}wechat/${slug}/`);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${slug}: ${v.id}`)).toEqual([]);
  }
});
