import { expect, type Locator, type Page } from '@playwright/test';

/** Types a query into a search panel and waits until its status line reports on it. */
export async function searchFor(panel: Locator, query: string): Promise<string[]> {
  const input = panel.locator('input[type="search"]');
  await input.fill(query);
  const status = panel.locator('[data-search-status]');
  await expect(status).toContainText(`“${query.trim()}”`, { timeout: 15_000 });
  return panel.locator('a[data-result]').evaluateAll((links) =>
    links
      .sort((a, b) => Number(a.getAttribute('data-result')) - Number(b.getAttribute('data-result')))
      .map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

export function searchPanel(page: Page): Locator {
  return page.locator('[data-search-page] [data-search]');
}
