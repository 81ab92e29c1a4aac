import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { installOffline, saveOfflineCopy } from './offline-helpers.ts';
import { answer, next } from './quiz-helpers.ts';
import { searchFor, searchPanel } from './search-helpers.ts';
import { writeServiceWorker } from '../../src/integration/service-worker.ts';
import { BASE, DIST_LARGE, LARGE_ORIGIN, offlineListsOf, offlinePagesOf, sitemapPaths } from './site.ts';

test.use({ serviceWorkers: 'allow' });

/** What /offline/ shows for a page neither visited nor saved, offline. */
const NOT_SAVED = '离线版：没网也能看';

test('after the reader saves the offline copy, every page it lists, search and a quiz round work with the network off', async ({ page, context, baseURL }) => {
  await installOffline(page, `${BASE}`);
  await saveOfflineCopy(page, BASE);
  await context.setOffline(true);

  for (const path of offlinePagesOf('dist')) {
    await page.goto(`${BASE}${path.replace(/^\//, '')}`);
    await expect(page.locator('main h1'), path).not.toHaveText(NOT_SAVED);
  }

  for (const path of sitemapPaths()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1'), path).toBeVisible();
  }

  await page.goto(`${BASE}search/`);
  expect(await searchFor(searchPanel(page), '验证码')).toContain(`${BASE}articles/police-tips/`);

  await page.goto(`${BASE}quiz/`);
  await page.getByRole('button', { name: '快速测一测（5 题）' }).click();
  for (let i = 0; i < 5; i++) {
    await answer(page, true);
    await next(page);
  }
  await expect(page.locator('[data-score]')).toHaveText('5 题答对 5 题');

  await page.goto(`${BASE}tools/waybill/`);
  await page.locator('[data-waybill-tool]').getByLabel('电话').first().fill('13812345678');
  await expect(page.locator('[data-label="after"] [data-field="phone"]')).toHaveText('*******5678');
  void baseURL;
});

test('after a new build, an open page is not reloaded and the next page opened is the new version', async ({ browser }) => {
  // A private copy of the site on its own server, so "deploying" does not touch dist/.
  const root = mkdtempSync(join(tmpdir(), 'fangpian-deploy-'));
  cpSync('dist', root, { recursive: true });
  const port = 4391;
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--dir', root, '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}${BASE}`;
  let context: BrowserContext | undefined;
  try {
    await expect.poll(async () => (await fetch(origin).catch(() => null))?.status ?? 0).toBe(200);
    context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await installOffline(page, origin);
    await expect(page.locator('h1')).toHaveText('快递面单防骗课堂');

    // Deploy: change the home page and rebuild the service worker, as `npm run build` does.
    const home = join(root, 'index.html');
    const before = readFileSync(home, 'utf8');
    const after = before.replace(/(<h1[^>]*>)快递面单防骗课堂(<\/h1>)/, '$1快递面单防骗课堂（新版）$2');
    expect(after).not.toBe(before);
    writeFileSync(home, after);
    expect((await writeServiceWorker(root, offlineListsOf(root))).shell.count).toBeGreaterThan(10);

    // The next visit opens the saved copy and finds the new build; the new worker takes
    // over without reloading the page, and the page after that is the new version.
    await page.goto(origin);
    const tookOver = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          (window as unknown as { stillHere: boolean }).stillHere = true;
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
          setTimeout(() => resolve(false), 15_000);
        }),
    );
    expect(tookOver).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await expect(page.locator('[data-update-ready]')).toBeHidden();
    await page.goto(origin);
    await expect(page.locator('h1')).toHaveText('快递面单防骗课堂（新版）');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('快递面单防骗课堂（新版）');
  } finally {
    await context?.close();
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test('at 300 articles: the shell works offline after one visit, so does an article read online; another shows the offline page', async ({ page, context }) => {
  const origin = `${LARGE_ORIGIN}${BASE}`;
  const listed = offlinePagesOf(DIST_LARGE).map((path) => `${BASE}${path.replace(/^\//, '')}`);
  const shell = offlineListsOf(DIST_LARGE).shell.map((path) => `${BASE}${path.replace(/^\//, '')}`);
  expect(shell).toEqual([BASE, `${BASE}check/`]);
  await installOffline(page, origin);

  // Online: read one article outside the start-here list, and search once.
  await page.goto(`${origin}articles/synthetic-0100/`);
  const title = await page.locator('main h1').innerText();
  await page.goto(`${origin}search/`);
  expect(await searchFor(searchPanel(page), '验证码')).toContain(`${BASE}articles/police-tips/`);

  await context.setOffline(true);
  for (const path of shell) {
    const response = await page.goto(`${LARGE_ORIGIN}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1'), path).not.toHaveText(NOT_SAVED);
  }
  await page.goto(`${origin}articles/synthetic-0100/`);
  await expect(page.locator('main h1')).toHaveText(title);

  // Never opened: the offline page says so and links what can be read.
  await page.goto(`${origin}articles/synthetic-0200/`);
  await expect(page.locator('main h1')).toHaveText(NOT_SAVED);
  await expect(page.locator('main [data-offline-page]')).toHaveCount(listed.length);

  // The same search again, offline: its index files were kept when it ran.
  await page.goto(`${origin}search/`);
  expect(await searchFor(searchPanel(page), '验证码')).toContain(`${BASE}articles/police-tips/`);
});

test('where the browser can keep no offline copy (WeChat on iPhones), the save control is hidden and the page says to open the site in the phone browser', async ({ browser }) => {
  const context = await browser.newContext();
  // As in an in-app browser without service workers.
  await context.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  try {
    const page = await context.newPage();
    await page.goto(`${BASE}offline/`);
    await expect(page.getByText('这个浏览器存不了离线版')).toBeVisible();
    await expect(page.getByRole('button', { name: '保存离线版，没网也能看' })).toBeHidden();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.locator('.menu-button').click();
    await expect(page.locator('[data-offline-copy-link]')).toBeHidden();
  } finally {
    await context.close();
  }
});

test('the save control says what saving costs before the reader taps, and the menu leads to it', async ({ page }) => {
  const { gzip } = JSON.parse(readFileSync('dist/offline-copy.json', 'utf8')) as { gzip: number };
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`${BASE}articles/yiwu-case/`);
  await page.locator('.menu-button').click();
  await page.locator('[data-offline-copy-link]').click();
  await expect(page).toHaveURL(/\/offline\/#save$/);
  await expect(page.locator('[data-offline-copy-size]')).toHaveText(`大约要下载 ${Math.ceil(gzip / 1024)} KB。用手机流量的话，最好连上无线网再保存。`);
});
