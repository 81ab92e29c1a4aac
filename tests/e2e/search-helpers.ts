import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

/**
 * The pages of a build whose indexed text (what Pagefind read: the title and the part of the
 * page marked data-pagefind-body) contains `word` as written, as site paths under `base`.
 * Read straight from the build's fragment files, with neither Pagefind's search nor ours.
 */
export function pagesContaining(build: string, word: string, base: string): string[] {
  const folder = join(build, 'pagefind', 'fragment');
  const normalise = (text: string) => text.replace(/\p{Cf}/gu, '').normalize('NFKC').toLowerCase();
  return readdirSync(folder)
    .map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string; meta: { title?: string } })
    .filter((page) => normalise(`${page.meta.title ?? ''} ${page.content}`).includes(normalise(word)))
    .map((page) => `${base}${page.url.replace(/^\//, '')}`)
    .sort();
}

/** Taps 更多结果 until it goes; returns how many taps it took and the fragments each one fetched. */
export async function showAllResults(page: Page, panel: Locator): Promise<{ taps: number; fragmentsPerTap: number[] }> {
  const button = panel.locator('[data-search-more-button]');
  const fragmentsPerTap: number[] = [];
  let fetched = 0;
  const count = (request: { url(): string }) => {
    if (request.url().endsWith('.pf_fragment')) fetched += 1;
  };
  page.on('request', count);
  while (await button.isVisible()) {
    const before = fetched;
    const shown = await panel.locator('a[data-result]').count();
    await button.click();
    // Each tap adds results, or says there were none in the pages it read.
    await expect(async () => {
      const now = await panel.locator('a[data-result]').count();
      const status = (await panel.locator('[data-search-status]').textContent()) ?? '';
      expect(now > shown || status.includes('没有新的结果')).toBe(true);
    }).toPass({ timeout: 15_000 });
    fragmentsPerTap.push(fetched - before);
    if (fragmentsPerTap.length > 100) throw new Error('更多结果 never went away');
  }
  page.off('request', count);
  return { taps: fragmentsPerTap.length, fragmentsPerTap };
}

/** The result links' pages (without the section they jump to), in the order they are numbered. */
export function resultPages(panel: Locator): Promise<string[]> {
  return panel.locator('a[data-result]').evaluateAll((links) =>
    links
      .sort((a, b) => Number(a.getAttribute('data-result')) - Number(b.getAttribute('data-result')))
      .map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}
