import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { withFaultHost, type Fault, type FaultServer } from './fault-server.ts';
import { saveOfflineCopy } from './offline-helpers.ts';
import { searchFor, searchPanel } from './search-helpers.ts';
import { BASE, DIST, offlinePagesOf, sitemapPaths } from './site.ts';

/**
 * The offline copy on a bad network: while the service worker fills its cache (the shell
 * after a first visit, or the rest when the reader saves the copy), one file of each kind
 * arrives cut off, as a server error, or with the connection dropped. The broken body must
 * never be kept; once the network is good again the next visit installs the shell, and
 * saving again saves the copy, without a new deploy, and everything works offline.
 */
test.use({ serviceWorkers: 'allow' });
// Each test installs the offline copy on its own server; two run side by side.
test.describe.configure({ mode: 'parallel' });

const home = readFileSync(join(DIST, 'index.html'), 'utf8');
const firstMatch = (pattern: RegExp, what: string) => {
  const found = pattern.exec(home)?.[1];
  if (!found) throw new Error(`dist/index.html has no ${what}: run \`npm run build\` first.`);
  return found;
};
/** One file of each kind the shell precaches, as the built home page names them. */
const FILES: Record<'script' | 'style' | 'page', string> = {
  script: firstMatch(/<script type="module" src="([^"]+\.js)"/, 'module script'),
  style: firstMatch(/<link rel="stylesheet" href="([^"]+\.css)"/, 'stylesheet'),
  page: `${BASE}index.html`,
};
/** A file of the copy saved on request: the search engine's. */
const WASM = `${BASE}pagefind/${readdirSync(join(DIST, 'pagefind')).find((file) => file.startsWith('wasm.'))}`;
const FAULTS: Fault[] = ['truncate', 'status-500', 'drop'];

/** Waits until the worker's install has run its course: it is in charge, or it gave up. */
async function installSettled(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    for (let i = 0; i < 150; i++) {
      const registration = await navigator.serviceWorker.getRegistration();
      if (navigator.serviceWorker.controller) return true;
      if (registration && !registration.installing && !registration.waiting && !registration.active && i > 10) return false;
      if (!registration && i > 40) return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Boolean(navigator.serviceWorker.controller);
  });
}

/** Every copy of a file in any cache, with its length. */
async function keptCopies(page: Page, path: string): Promise<number[]> {
  return page.evaluate(async (url) => {
    const lengths: number[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const response of await cache.matchAll(url, { ignoreSearch: true })) lengths.push((await response.arrayBuffer()).byteLength);
    }
    return lengths;
  }, new URL(path, page.url()).href);
}

/** With the copy saved, the page works offline: its heading, its scripts (no error), its whole stylesheet, and search. */
async function worksOffline(page: Page, context: BrowserContext, host: FaultServer, cssRules: number) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await saveOfflineCopy(page, host.origin);
  await context.setOffline(true);
  await page.goto(host.origin);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await page.evaluate(() => [...document.styleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0))).toBe(cssRules);
  await page.goto(`${host.origin}search/`);
  expect(await searchFor(searchPanel(page), '验证码')).toContain(`${BASE}articles/police-tips/`);
  expect(errors).toEqual([]);
  await context.setOffline(false);
}

for (const [kind, path] of Object.entries(FILES)) {
  for (const fault of FAULTS) {
    test(`a ${kind} file that fails with "${fault}" during the install is never kept; the next good visit installs the copy`, async ({ browser }) => {
      await withFaultHost(browser, 'allow', async (host, context) => {
        // The whole stylesheet, as a browser without a worker sees it.
        const plain = await browser.newContext({ serviceWorkers: 'block' });
        const reference = await plain.newPage();
        await reference.goto(host.origin);
        const cssRules = await reference.evaluate(() => [...document.styleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0));
        await plain.close();
        expect(cssRules).toBeGreaterThan(100);

        // A first visit on a bad network: the worker's copy of one file breaks.
        host.inject(path, fault, { from: 'fetch' });
        const fresh = await context.newPage();
        await fresh.goto(host.origin);
        expect(await installSettled(fresh), 'the install must fail, not keep a broken copy').toBe(false);
        expect(host.requests.some((request) => request.path === path && request.dest === 'empty'), `the worker asked for ${path}`).toBe(true);
        for (const length of await keptCopies(fresh, path)) expect(length, `a kept copy of ${path}`).toBe(readFileSync(join(host.root, path.slice(BASE.length))).length);

        // The network recovers; no new deploy. The next visit installs the offline copy.
        host.clear();
        await fresh.goto(host.origin);
        expect(await installSettled(fresh)).toBe(true);
        await worksOffline(fresh, context, host, cssRules);
      });
    });
  }
}

for (const fault of FAULTS) {
  test(`a search file that fails with "${fault}" while the reader saves the offline copy is never kept; saving again saves it`, async ({ browser }) => {
    await withFaultHost(browser, 'allow', async (host, context) => {
      const page = await context.newPage();
      await page.goto(host.origin);
      expect(await installSettled(page)).toBe(true);

      host.inject(WASM, fault, { from: 'fetch' });
      await page.goto(`${host.origin}offline/`);
      await page.getByRole('button', { name: '保存离线版，没网也能看' }).click();
      await expect(page.locator('[data-offline-copy-state]')).toHaveText('没有保存成功。等网络好一些，再点一次。', { timeout: 30_000 });
      expect(host.requests.some((request) => request.path === WASM && request.dest === 'empty'), `the worker asked for ${WASM}`).toBe(true);
      for (const length of await keptCopies(page, WASM)) expect(length, `a kept copy of ${WASM}`).toBe(readFileSync(join(host.root, WASM.slice(BASE.length))).length);

      // The network recovers: the reader taps again, and search works offline.
      host.clear();
      await saveOfflineCopy(page, host.origin);
      await context.setOffline(true);
      await page.goto(`${host.origin}search/`);
      expect(await searchFor(searchPanel(page), '验证码')).toContain(`${BASE}articles/police-tips/`);
      await context.setOffline(false);
    });
  });
}

for (const fault of ['truncate', 'drop'] as const) {
  test(`a page read on a bad network ("${fault}") is not kept for offline; read again whole, it is`, async ({ browser }) => {
    await withFaultHost(browser, 'allow', async (host, context) => {
      const kept = new Set(offlinePagesOf(DIST).map((path) => `${BASE}${path.replace(/^\//, '')}`));
      // A page the first visit does not keep: it is kept only once read.
      const article = sitemapPaths().find((path) => !kept.has(path))!;
      const page = await context.newPage();
      await page.goto(host.origin);
      expect(await installSettled(page)).toBe(true);

      host.inject(article, fault);
      // The broken page may never finish loading: only its arrival is awaited, then a moment for the worker.
      await page.goto(`${host.origin}${article.slice(BASE.length)}`, { waitUntil: 'commit', timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(1000);
      await context.setOffline(true);
      await page.goto(`${host.origin}${article.slice(BASE.length)}`);
      await expect(page.locator('main h1')).toHaveText('离线版：没网也能看');

      await context.setOffline(false);
      host.clear();
      await page.goto(`${host.origin}${article.slice(BASE.length)}`);
      const title = await page.locator('main h1').innerText();
      await context.setOffline(true);
      await page.goto(`${host.origin}${article.slice(BASE.length)}`);
      await expect(page.locator('main h1')).toHaveText(title);
    });
  });
}
