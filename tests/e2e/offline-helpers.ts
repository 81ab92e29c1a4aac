import { expect, type Page } from '@playwright/test';

/** Opens a page and waits until the service worker has taken control of it, with every file precached. */
export async function installOffline(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** On /offline/, asks for the offline copy as a reader does, and waits until it says the copy is saved. */
export async function saveOfflineCopy(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}offline/`);
  await page.getByRole('button', { name: '保存离线版，没网也能看' }).click();
  await expect(page.locator('[data-offline-copy-state]')).toHaveText(/离线版已经存在这台设备上了/, { timeout: 30_000 });
}
