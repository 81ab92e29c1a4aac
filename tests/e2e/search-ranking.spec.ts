import { expect, test } from '@playwright/test';
import { DISTRACTOR_QUERIES, DISTRACTOR_URL, QUERY_SET, QUESTION_SET } from './search-queries.ts';
import { pagesContaining, questionFailures, queryFailures, resultPages, searchFor, searchPanel, showAllResults } from './search-helpers.ts';
import { BASE, DIST_LARGE, FIXTURE_ORIGIN, LARGE_ORIGIN } from './site.ts';

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

// At 300 articles the first search reads only the best few pages (src/client/search/engine.ts);
// 更多结果 reads the others Pagefind found, ten at a time, only when the reader asks.
test.describe('更多结果 at 300 articles', () => {
  const searchPage = `${LARGE_ORIGIN}${BASE}search/`;
  /** Fragments the first search may fetch (as the test above), and one tap of 更多结果: its batch of ten. */
  const FIRST_SEARCH_FRAGMENTS = 8;
  const FRAGMENTS_PER_TAP = 10;

  for (const word of ['面单', '退款']) {
    test(`every page whose text contains ${word} is among the results once 更多结果 has been tapped until it goes`, async ({ page }) => {
      // Counted from the index files of the 300-article build, without any search.
      const containing = pagesContaining(DIST_LARGE, word, BASE);
      expect(containing.length, `pages containing ${word}`).toBeGreaterThan(100);
      const fragments: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
      });
      await page.goto(searchPage);
      const panel = searchPanel(page);
      const first = await searchFor(panel, word);
      expect(fragments.length, 'fragments fetched by the first search').toBeLessThanOrEqual(FIRST_SEARCH_FRAGMENTS);
      expect(first.length).toBeLessThan(containing.length);
      // 更多结果 is offered. The line above it counts the pages found for the query as written
      // (none are left for 退款, written 退钱 in the index's search); its other spellings are
      // asked at the first tap, so a first search costs no more of the index than before.
      await expect(panel.locator('[data-search-more-button]')).toBeVisible();
      await expect(panel.locator('[data-search-more-left]')).toHaveText(word === '面单' ? /^还有 \d+ 个页面可能也有关。$/ : '');

      const { taps, fragmentsPerTap } = await showAllResults(page, panel);
      const shown = await resultPages(panel);
      const missing = containing.filter((path) => !shown.includes(path));
      expect(missing, `${containing.length} pages contain ${word}; after ${taps} taps of 更多结果 these are not among the ${shown.length} results`).toEqual([]);
      expect(new Set(shown).size, 'each page is shown once').toBe(shown.length);
      expect(Math.max(...fragmentsPerTap), 'fragments fetched by one tap').toBeLessThanOrEqual(FRAGMENTS_PER_TAP);
      // The count says how many results are on screen, and the results are numbered 1, 2, 3… to the last.
      await expect(panel.locator('[data-search-status]')).toHaveText(`找到 ${shown.length} 篇和“${word}”有关的文章。`);
      const numbers = await panel.locator('a[data-result]').evaluateAll((links) => links.map((link) => Number(link.getAttribute('data-result'))));
      expect(numbers).toEqual(shown.map((_, index) => index + 1));
      await expect(panel.locator('[data-search-more]')).toBeHidden();
    });
  }

  test('更多结果 works by keyboard: the new results come under the others and focus lands on the first of them', async ({ page }) => {
    await page.goto(searchPage);
    const panel = searchPanel(page);
    const first = await searchFor(panel, '面单');
    const button = panel.locator('[data-search-more-button]');
    await expect(button).toBeVisible();
    const box = await button.boundingBox();
    expect(box!.height, 'a touch target of 44 px at least').toBeGreaterThanOrEqual(44);
    const before = await panel.locator('a[data-result]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    // The links already shown stay the same elements: mark one to check it is not drawn again.
    await panel.locator('a[data-result="1"]').evaluate((link) => link.setAttribute('data-kept', ''));

    await button.focus();
    await page.keyboard.press('Enter');
    const next = panel.locator(`a[data-result="${first.length + 1}"]`);
    await expect(next).toBeFocused();
    const after = await panel.locator('a[data-result]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    await expect(panel.locator('a[data-result="1"][data-kept]')).toHaveCount(1);
    await expect(panel.locator('[data-search-status]')).toHaveText(`找到 ${after.length} 篇和“面单”有关的文章。`);
    // Arrow keys go on moving through the results' links, new ones included.
    const links = panel.locator('[data-search-results] a[href]');
    const at = await links.evaluateAll((all) => all.indexOf(document.activeElement as HTMLElement));
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(at + 1)).toBeFocused();
  });

  test('a newer search drops the results an older 更多结果 was still reading', async ({ page }) => {
    await page.goto(searchPage);
    const panel = searchPanel(page);
    await searchFor(panel, '面单');
    // The pages 更多结果 asks for arrive late, after the newer search has shown its results.
    let slow = true;
    let held = 0;
    await page.route('**/*.pf_fragment', async (route) => {
      if (slow) {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      await route.continue();
    });
    await panel.locator('[data-search-more-button]').click();
    await expect.poll(() => held).toBeGreaterThan(0);
    slow = false;
    const results = await searchFor(panel, '验证码');
    await page.waitForTimeout(2_500);
    expect(await resultPages(panel)).toEqual(results);
    const count = await panel.locator('a[data-result]').count();
    await expect(panel.locator('[data-search-status]')).toHaveText(`找到 ${count} 篇和“验证码”有关的文章。`);
  });
});
