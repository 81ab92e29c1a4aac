// What a reader's first search downloads: ours (the site's search panel) and, for the same
// query on the same built pages, Pagefind's default path (its own ranking, then the five
// result fragments its default UI shows first). Each query runs in a fresh browser context
// with an empty cache, after the article page it starts from has loaded.
import { gzipSync } from 'node:zlib';

async function recordBytes(page, action) {
  const fetched = [];
  const onResponse = async (response) => {
    try {
      const body = await response.body();
      // Pagefind's files are already compressed; count those at their own size.
      fetched.push({ url: response.url(), gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) });
    } catch {}
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return { requests: fetched.length, gzipBytes: fetched.reduce((sum, f) => sum + f.gzip, 0), files: fetched };
}

const DEFAULT_UI_RESULTS = 5;

export async function firstSearchBytes(browser, origin, base, query, engine) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${base}articles/yiwu-case/`, { waitUntil: 'networkidle' });
    if (engine === 'ours') {
      return await recordBytes(page, async () => {
        await page.locator('a[data-search-trigger]').click();
        const panel = page.locator('dialog [data-search]');
        await panel.locator('input[type="search"]').fill(query);
        await panel.locator('[data-search-status]').filter({ hasText: query }).waitFor({ timeout: 30_000 });
      });
    }
    return await recordBytes(page, () =>
      page.evaluate(
        async ({ base, query, shown }) => {
          const pagefind = await import(`${base}pagefind/pagefind.js`);
          await pagefind.options({ baseUrl: base });
          await pagefind.init();
          const search = await pagefind.search(query);
          await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
        },
        { base, query, shown: DEFAULT_UI_RESULTS },
      ),
    );
  } finally {
    await context.close();
  }
}

/** Ours against default Pagefind over a set of queries: totals and the worst single query. */
export async function compareFirstSearch(browser, origin, base, queries) {
  const rows = [];
  for (const query of queries) {
    const ours = await firstSearchBytes(browser, origin, base, query, 'ours');
    const pagefind = await firstSearchBytes(browser, origin, base, query, 'pagefind');
    rows.push({ query, ours: ours.gzipBytes, pagefind: pagefind.gzipBytes, ratio: ours.gzipBytes / pagefind.gzipBytes });
  }
  const ours = rows.reduce((sum, row) => sum + row.ours, 0);
  const pagefind = rows.reduce((sum, row) => sum + row.pagefind, 0);
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { queries: rows.length, oursGzip: ours / rows.length, pagefindGzip: pagefind / rows.length, ratio: ours / pagefind, worst, rows };
}
