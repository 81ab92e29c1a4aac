import { expect, test } from '@playwright/test';
import { DISTRACTOR_QUERIES, DISTRACTOR_URL, QUERY_SET, QUESTION_SET } from './search-queries.ts';
import { questionFailures, queryFailures, searchFor, searchPanel } from './search-helpers.ts';
import { BASE, FIXTURE_ORIGIN, LARGE_ORIGIN } from './site.ts';

const withBase = (path: string) => `${BASE}${path.replace(/^\//, '')}`;

// These run against the fixture sites: the real build plus a distractor page, and the same
// with 300 articles, where search takes its large-site path (src/client/search/engine.ts).
for (const { site, origin } of [
  { site: '5 articles', origin: FIXTURE_ORIGIN },
  { site: '300 articles', origin: LARGE_ORIGIN },
]) {
  test.describe(`search at ${site}`, () => {
    const searchPage = `${origin}${BASE}search/`;
    test(`all ${QUERY_SET.length} queries of the query set find their page`, async ({ page }) => {
      expect(QUERY_SET.length).toBeGreaterThanOrEqual(30);
      expect(await queryFailures(page, searchPage, QUERY_SET, BASE)).toEqual([]);
    });

    test('the same queries work where the browser has no Intl.Segmenter (older WeChat webviews)', async ({ page }) => {
      await page.addInitScript(() => {
        delete (Intl as { Segmenter?: unknown }).Segmenter;
      });
      await page.goto(searchPage);
      expect(await page.evaluate(() => typeof (Intl as { Segmenter?: unknown }).Segmenter)).toBe('undefined');
      expect(await queryFailures(page, searchPage, QUERY_SET, BASE)).toEqual([]);
    });

    test(`all ${QUESTION_SET.length} whole questions find the page, and the section, that answers them`, async ({ page }) => {
      expect(QUESTION_SET.length).toBeGreaterThanOrEqual(30);
      expect(await questionFailures(page, searchPage, QUESTION_SET, BASE)).toEqual([]);
    });

    test('the same questions are answered where the browser has no Intl.Segmenter', async ({ page }) => {
      await page.addInitScript(() => {
        delete (Intl as { Segmenter?: unknown }).Segmenter;
      });
      expect(await questionFailures(page, searchPage, QUESTION_SET, BASE)).toEqual([]);
    });

    if (origin === LARGE_ORIGIN) {
      test('a search fetches a few pages, not the whole site (the large-site path)', async ({ page }) => {
        await page.goto(searchPage);
        const fragments: string[] = [];
        page.on('request', (request) => {
          if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
        });
        expect(await searchFor(searchPanel(page), '验证码')).toContain(withBase('/articles/police-tips/'));
        expect(fragments.length).toBeGreaterThan(0);
        expect(fragments.length).toBeLessThanOrEqual(8);
      });
    }

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
  });
}
