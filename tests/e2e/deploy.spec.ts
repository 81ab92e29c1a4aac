import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integration/service-worker.ts';
import { withFaultHost, type FaultServer } from './fault-server.ts';
import { installOffline } from './offline-helpers.ts';
import { searchFor, searchPanel } from './search-helpers.ts';
import { offlineListsOf } from './site.ts';

/**
 * A new build goes live while tabs are open. No tab is reloaded under the reader: a page
 * holding their work offers the update, the others take it on their next page; an old tab
 * still finds the scripts of its own build; a tab with no worker falls back to plain links
 * when its build's files are gone.
 */
test.use({ serviceWorkers: 'allow' });

const NEW_TITLE = '快递面单防骗课堂（新版）';

/**
 * Deploys a new build on the host: a changed home page, and the search dialog's script
 * renamed, as a changed script is (its old name is gone from the server); then the service
 * worker is written again, as `npm run build` does.
 */
async function deploy(host: FaultServer): Promise<void> {
  const home = join(host.root, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace(/(<h1[^>]*>)快递面单防骗课堂(<\/h1>)/, `$1${NEW_TITLE}$2`));
  const assets = join(host.root, '_astro');
  const dialog = readdirSync(assets).find((file) => /^dialog\..+\.js$/.test(file))!;
  const code = readFileSync(join(assets, dialog));
  rmSync(join(assets, dialog));
  writeFileSync(join(assets, dialog.replace(/^dialog\./, 'dialog.new')), code);
  await writeServiceWorker(host.root, offlineListsOf(host.root));
}

/** A tab that opens the site after the deploy brings the new worker, which takes over every tab. */
async function bringNewWorker(context: BrowserContext, host: FaultServer, watched: Page[]): Promise<void> {
  const changes = watched.map((page) =>
    page.evaluate(() => new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }))),
  );
  const visitor = await context.newPage();
  await visitor.goto(host.origin);
  await Promise.all(changes);
  await visitor.close();
}

const marker = (page: Page) => page.evaluate(() => ((window as unknown as { before?: boolean }).before = true));
const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { before?: boolean }).before === true);

test('a deploy does not reload a page holding the reader\'s work: it offers the update, and keeps what was typed, the slide, the step, the message checked and the open search', async ({ browser }) => {
  await withFaultHost(browser, 'allow', async (host, context) => {
    const tool = await context.newPage();
    await installOffline(tool, `${host.origin}tools/waybill/`);
    await tool.locator('[data-waybill-tool]').getByLabel('电话').first().fill('13912345678');

    const talk = await context.newPage();
    await installOffline(talk, `${host.origin}talk/community-15min/`);
    await talk.keyboard.press('ArrowRight');
    await talk.keyboard.press('ArrowRight');
    const slide = await talk.locator('[data-deck-number]').innerText();
    expect(slide).toMatch(/^3 \//);

    const simulation = await context.newPage();
    await installOffline(simulation, `${host.origin}simulate/lost-parcel/`);
    for (let i = 0; i < 2; i++) await simulation.locator('.sim-section.is-current a[href^="#step-"]').first().click();
    const step = await simulation.locator('[data-sim-progress]').innerText();
    expect(step).not.toBe('第 1 步');

    const checker = await context.newPage();
    await installOffline(checker, `${host.origin}check/`);
    const pasted = '【示意】您的快递丢了，加微信退款';
    await checker.locator('[data-check-input]').fill(pasted);

    const searching = await context.newPage();
    await installOffline(searching, `${host.origin}articles/police-tips/`);
    await searching.locator('[data-search-trigger]').first().click();
    await searching.locator('dialog[open] input[type="search"]').fill('验证码');

    const reading = await context.newPage();
    await installOffline(reading, `${host.origin}articles/police-tips/`);

    const open = [tool, talk, simulation, checker, searching, reading];
    for (const page of open) await marker(page);
    await deploy(host);
    await bringNewWorker(context, host, open);

    for (const page of open) expect(await notReloaded(page), page.url()).toBe(true);
    await expect(tool.locator('[data-waybill-tool]').getByLabel('电话').first()).toHaveValue('13912345678');
    await expect(talk.locator('[data-deck-number]')).toHaveText(slide);
    await expect(simulation.locator('[data-sim-progress]')).toHaveText(step);
    await expect(checker.locator('[data-check-input]')).toHaveValue(pasted);
    await expect(searching.locator('dialog[open] input[type="search"]')).toHaveValue('验证码');
    for (const page of [tool, talk, simulation, checker, searching]) await expect(page.locator('[data-update-ready]'), page.url()).toBeVisible();
    // A page holding nothing says nothing; its next page is the new version.
    await expect(reading.locator('[data-update-ready]')).toBeHidden();
    await reading.goto(host.origin);
    await expect(reading.locator('h1')).toHaveText(NEW_TITLE);

    // The reader chooses when: the tap reloads into the new version.
    await tool.getByRole('button', { name: '有新版本，点这里更新' }).click();
    await expect.poll(() => notReloaded(tool)).toBe(false);
    await expect(tool.locator('[data-update-ready]')).toBeHidden();
  });
});

test('a tab opened before a deploy still opens search: its build\'s scripts are kept while it is open', async ({ browser }) => {
  await withFaultHost(browser, 'allow', async (host, context) => {
    const old = await context.newPage();
    await installOffline(old, `${host.origin}articles/police-tips/`);
    await marker(old);
    await deploy(host);
    await bringNewWorker(context, host, [old]);

    await old.locator('[data-search-trigger]').first().click();
    const dialog = old.locator('dialog[open] [data-search]');
    expect(await searchFor(dialog, '验证码')).toContain(new URL(`${host.origin}articles/police-tips/`).pathname);
    expect(await notReloaded(old)).toBe(true);

    // Once no tab of the earlier build is left, its files are dropped at the next page opened.
    const keptOldDialog = (page: Page) =>
      page.evaluate(async () => {
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) if (/\/_astro\/dialog\.(?!new)[^/]+\.js/.test(request.url)) return true;
        }
        return false;
      });
    const next = await context.newPage();
    await next.goto(host.origin);
    expect(await keptOldDialog(next)).toBe(true);
    await old.close();
    await next.goto(`${host.origin}articles/`);
    await expect.poll(() => keptOldDialog(next), { timeout: 10_000 }).toBe(false);
  });
});

test('a tab from a first visit with no worker, after a deploy removed its search script, opens the search page instead', async ({ browser }) => {
  await withFaultHost(browser, 'block', async (host, context) => {
    const page = await context.newPage();
    await page.goto(`${host.origin}articles/police-tips/`);
    await deploy(host);
    await page.locator('[data-search-trigger]').first().click();
    await expect(page).toHaveURL(`${host.origin}search/`);
    expect(await searchFor(searchPanel(page), '验证码')).toContain(new URL(`${host.origin}articles/police-tips/`).pathname);
  });
});
