import { expect, test, type Page } from '@playwright/test';
import { DISTRACTOR_QUERIES, DISTRACTOR_URL, QUERY_SET } from './search-queries.ts';
import { searchFor, searchPanel } from './search-helpers.ts';
import { BASE, FIXTURE_ORIGIN } from './site.ts';

// These run against the fixture site: the real build plus a distractor page.
const searchPage = `${FIXTURE_ORIGIN}${BASE}search/`;
const withBase = (path: string) => `${BASE}${path.replace(/^\//, '')}`;

/** Types every query of the set into the real search page; returns the ones that miss. */
async function queryFailures(page: Page): Promise<string[]> {
  await page.goto(searchPage);
  const panel = searchPanel(page);
  const failures: string[] = [];
  for (const { query, page: expected, top } of QUERY_SET) {
    const results = await searchFor(panel, query);
    const rank = results.indexOf(withBase(expected)) + 1;
    if (rank === 0 || rank > top) failures.push(`${query}: wanted ${expected} in top ${top}, got [${results.join(', ')}]`);
  }
  return failures;
}

test(`all ${QUERY_SET.length} queries of the query set find their page`, async ({ page }) => {
  expect(QUERY_SET.length).toBeGreaterThanOrEqual(30);
  expect(await queryFailures(page)).toEqual([]);
});

test('the same queries work where the browser has no Intl.Segmenter (older WeChat webviews)', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Intl as { Segmenter?: unknown }).Segmenter;
  });
  await page.goto(searchPage);
  expect(await page.evaluate(() => typeof (Intl as { Segmenter?: unknown }).Segmenter)).toBe('undefined');
  expect(await queryFailures(page)).toEqual([]);
});

test('a page with the characters of a word, but not the word, never outranks the right page', async ({ page }) => {
  await page.goto(searchPage);
  const panel = searchPanel(page);
  // The distractor is in the index: Pagefind itself finds it for a word it really contains.
  expect(await searchFor(panel, '单车')).toContain(withBase(DISTRACTOR_URL));
  for (const { query, page: expected, top } of DISTRACTOR_QUERIES) {
    const results = await searchFor(panel, query);
    const right = results.indexOf(withBase(expected));
    const distractor = results.indexOf(withBase(DISTRACTOR_URL));
    expect(right, `${query}: ${results.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(right, `${query}: ${results.join(', ')}`).toBeLessThan(top);
    expect(distractor === -1 || distractor > right, `${query}: distractor ranked ${distractor + 1}`).toBe(true);
  }
});
