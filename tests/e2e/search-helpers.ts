import { expect, type Locator, type Page } from '@playwright/test';
import type { QueryCase, QuestionCase } from './search-queries.ts';

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

/** The results of a query: each result's page and the heading its link jumps to, if any. */
export async function searchHits(panel: Locator, query: string): Promise<{ path: string; section: string }[]> {
  await searchFor(panel, query);
  return panel.locator('a[data-result]').evaluateAll((links) =>
    links
      .sort((a, b) => Number(a.getAttribute('data-result')) - Number(b.getAttribute('data-result')))
      .map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return { path: url.pathname, section: decodeURIComponent(url.hash.slice(1)) };
      }),
  );
}

/** Asks every question of a set on the search page at `url`; returns the ones answered wrongly. */
export async function questionFailures(page: Page, url: string, questions: readonly QuestionCase[], base: string): Promise<string[]> {
  await page.goto(url);
  const panel = searchPanel(page);
  const failures: string[] = [];
  const path = (site: string) => `${base}${site.replace(/^\//, '')}`;
  for (const { query, page: expected, section, top, alongside } of questions) {
    const hits = await searchHits(panel, query);
    const shown = hits.slice(0, 4).map((hit) => `${hit.path}${hit.section ? `#${hit.section}` : ''}`).join(', ');
    const rank = hits.findIndex((hit) => hit.path === path(expected)) + 1;
    if (rank === 0 || rank > top) failures.push(`${query}: wanted ${expected} in top ${top}, got [${shown}]`);
    else if (section && hits[rank - 1]!.section !== section) failures.push(`${query}: wanted a link to #${section}, got [${shown}]`);
    if (alongside) {
      const next = hits.findIndex((hit) => hit.path === path(alongside)) + 1;
      if (next === 0 || next > top) failures.push(`${query}: wanted ${alongside} next to the glossary, got [${shown}]`);
    }
  }
  return failures;
}
