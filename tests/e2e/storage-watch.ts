import type { Page } from '@playwright/test';

/**
 * For the tools that promise "nothing you type is stored": records every storage write and
 * cookie the page makes, from before any page script runs. Read with `storageWrites`.
 */
export async function watchStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const writes: string[] = [];
    (window as unknown as { __storageWrites: string[] }).__storageWrites = writes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`storage:${key}`);
      return setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      get: () => cookie.get!.call(document),
      set: (value: string) => {
        writes.push(`cookie:${value}`);
        cookie.set!.call(document, value);
      },
    });
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      writes.push(`indexedDB:${name}`);
      return open(name, version);
    };
  });
}

export function storageWrites(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __storageWrites: string[] }).__storageWrites);
}
