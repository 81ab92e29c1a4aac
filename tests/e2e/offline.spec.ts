import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { installOffline } from './offline-helpers.ts';
import { answer, next } from './quiz-helpers.ts';
import { searchFor, searchPanel } from './search-helpers.ts';
import { writeServiceWorker } from '../../src/integration/service-worker.ts';
import { BASE, DIST_LARGE, LARGE_ORIGIN, offlinePagesOf, sitemapPaths } from './site.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit every page, search and a quiz round work with the network off', async ({ page, context, baseURL }) => {
  await installOffline(page, `${BASE}`);
  await context.setOffline(true);

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
    expect((await writeServiceWorker(root, offlinePagesOf(root))).count).toBeGreaterThan(10);

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
  const shell = offlinePagesOf(DIST_LARGE).map((path) => `${BASE}${path.replace(/^\//, '')}`);
  expect(shell.length).toBeGreaterThanOrEqual(8);
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
    await expect(page.locator('main h1'), path).toBeVisible();
  }
  await page.goto(`${origin}articles/synthetic-0100/`);
  await expect(page.locator('main h1')).toHaveText(title);

  // Never opened: the offline page says so and links what can be read.
  await page.goto(`${origin}articles/synthetic-0200/`);
  await expect(page.locator('main h1')).toHaveText('现在没有联网，这一页还没存下来');
  await expect(page.locator('main [data-offline-page]')).toHaveCount(shell.length);

  // The same search again, offline: its index files were kept when it ran.
  await page.goto(`${origin}search/`);
  expect(await searchFor(searchPanel(page), '验证码')).toContain(`${BASE}articles/police-tips/`);
});
