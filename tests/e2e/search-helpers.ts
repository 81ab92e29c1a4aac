import { expect, type Locator, type Page } from '@playwright/test';
import type { QueryCase } from './search-queries.ts';

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

/** Types every query of a set into the search page at `url`; returns the ones that miss. */
export async function queryFailures(page: Page, url: string, queries: readonly QueryCase[], base: string): Promise<string[]> {
  await page.goto(url);
  const panel = searchPanel(page);
  const failures: string[] = [];
  for (const { query, page: expected, top } of queries) {
    const results = await searchFor(panel, query);
    const rank = results.indexOf(`${base}${expected.replace(/^\//, '')}`) + 1;
    if (rank === 0 || rank > top) failures.push(`${query}: wanted ${expected} in top ${top}, got [${results.slice(0, 5).join(', ')}]`);
  }
  return failures;
}
