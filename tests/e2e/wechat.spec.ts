import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { BASE, DIST } from './site.ts';
import { keepWhatTheEditorKeeps } from './wechat-editor.ts';

const ARTICLES = ['yiwu-case', 'privacy-waybill', 'police-tips', 'if-scammed', 'for-shops'];
/** Words of the site's controls, which have no place in a post. */
const UI_WORDS = ['复制到公众号', '阅读设置', '本文目录', '朗读', '上一步', '从头再来', '看答案和解析', '打印这篇', '搜索本站'];

test('复制到公众号 puts rich text and plain text on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(`${BASE}wechat/yiwu-case/`);
  await expect(page.frameLocator('[data-preview]').locator('h2').first()).toBeVisible();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.getByRole('button', { name: '复制到公众号' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('已复制。请到公众号编辑器里粘贴。');
  // Copying parses nothing against the page's Content Security Policy.
  expect(errors).toEqual([]);
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

for (const slug of ARTICLES) {
  test(`${slug}: what the editor keeps of the paste reads as the article: every paragraph, once each label, no doubled numbers or arrows, no controls, images it can take`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    // The article as published: its paragraphs, without what only the web page shows.
    await page.goto(`${BASE}articles/${slug}/`);
    const paragraphs = await page.evaluate(() =>
      [...document.querySelectorAll('[data-article-body] p, [data-article-body] li')]
        .filter((element) => !element.closest('[data-paste-skip], .visually-hidden, [hidden], [data-waybill-tool], [data-simulation-link], nav, .toc, noscript, [data-paste="rows"] .chart') && !element.querySelector('p, li'))
        .map((element) => {
          // Its words as seen: screen-reader-only text and marked decorations (icons, badges) are not
          // part of it; what is drawn for the eye, such as a masked number's stars, is.
          const copy = element.cloneNode(true) as Element;
          for (const hidden of copy.querySelectorAll('[data-paste-skip], .visually-hidden')) hidden.remove();
          return (copy.textContent ?? '').replace(/\s+/g, '');
        })
        .filter((text) => text.length > 0),
    );
    expect(paragraphs.length).toBeGreaterThan(5);
    await page.goto(`${BASE}wechat/${slug}/`);
    await page.getByRole('button', { name: '复制到公众号' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制。请到公众号编辑器里粘贴。');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/html')).text();
    });
    const kept = await page.evaluate(keepWhatTheEditorKeeps, copied);
    const pasted = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        blocks: [...doc.querySelectorAll('p, li, h2, h3, td, th')].map((element) => (element.textContent ?? '').trim()),
        images: [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? ''),
        text: (doc.body.textContent ?? '').replace(/\s+/g, ''),
      };
    }, kept);
    // Every paragraph of the article is in the post (a link becomes its words and a footnote mark).
    const text = pasted.text.replace(/\[\d+\]/g, '');
    const missing = paragraphs.filter((paragraph) => !text.includes(paragraph.replace(/\[\d+\]/g, '')));
    expect(missing).toEqual([]);
    for (const block of pasted.blocks) {
      expect(block, 'both of a flow\'s arrows').not.toMatch(/↓→|→↓/);
      expect(block, 'a number twice').not.toMatch(/^(\d+)\.?\s*\1[^\d.元]/);
      expect(block.split('示意').length - 1, `${block}: 示意 twice`).toBeLessThanOrEqual(1);
      for (const word of UI_WORDS) expect(block, `the control "${word}"`).not.toContain(word);
    }
    for (const src of pasted.images) {
      expect(src).toMatch(/^https?:\/\/.+\.(png|jpe?g)$/);
      expect(existsSync(`${DIST}/${new URL(src).pathname.replace(/^\//, '')}`), `${src} is a file of the build`).toBe(true);
    }
  });
}
