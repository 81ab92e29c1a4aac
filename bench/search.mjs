// Search benchmark: what the first search downloads, how big the index is on disk, and
// how long queries take in the browser (the User Timing "search" measures that
// src/client/search/panel.ts records). Timings are printed, never asserted: machines are noisy.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { folderSize, serveDist } from './lib.mjs';
import { QUERY_SET } from '../tests/e2e/search-queries.ts';

const RUNS_PER_QUERY = 5;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function benchSearch({ dist = 'dist' } = {}) {
  const server = await serveDist({ dist });
  const { origin } = server;
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });

    // 1. Bytes fetched from opening the search to the first results.
    await page.goto(`${origin}/articles/yiwu-case/`, { waitUntil: 'networkidle' });
    const fetched = [];
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        // Pagefind serves some files already compressed; count those at their own size.
        fetched.push({ url: response.url(), raw: body.length, gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) });
      } catch {}
    });
    const coldStart = Date.now();
    await page.locator('a[data-search-trigger]').click();
    const panel = page.locator('dialog [data-search]');
    await panel.locator('input[type="search"]').fill(QUERY_SET[0].query);
    await panel.locator('[data-search-status]').filter({ hasText: '找到' }).waitFor();
    const coldMs = Date.now() - coldStart;
    await page.waitForLoadState('networkidle');
    const firstSearch = {
      requests: fetched.length,
      rawBytes: fetched.reduce((sum, f) => sum + f.raw, 0),
      gzipBytes: fetched.reduce((sum, f) => sum + f.gzip, 0),
      coldMsIncludingDebounce: coldMs,
      files: fetched.map((f) => ({ file: new URL(f.url).pathname, raw: f.raw, gzip: f.gzip })),
    };

    // 2. Warm query times, through the real UI, read from User Timing.
    const durations = [];
    for (let run = 0; run < RUNS_PER_QUERY; run++) {
      for (const { query } of QUERY_SET) {
        await page.evaluate(() => performance.clearMeasures('search'));
        await panel.locator('input[type="search"]').fill('');
        await panel.locator('input[type="search"]').fill(query);
        await page.waitForFunction(() => performance.getEntriesByName('search').length > 0);
        durations.push(await page.evaluate(() => performance.getEntriesByName('search').at(-1).duration));
      }
    }
    await browser.close();
    durations.sort((a, b) => a - b);

    const index = await folderSize(join(dist, 'pagefind'));
    return {
      queries: QUERY_SET.length,
      runsPerQuery: RUNS_PER_QUERY,
      firstSearch,
      index,
      queryMs: { median: percentile(durations, 50), p95: percentile(durations, 95), max: durations.at(-1) },
    };
  } finally {
    server.close();
  }
}

export function printSearch(result) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('\nSearch');
  console.table({
    'first search: requests': result.firstSearch.requests,
    'first search: bytes (raw)': kb(result.firstSearch.rawBytes),
    'first search: bytes (gzip)': kb(result.firstSearch.gzipBytes),
    'first search: open → results (ms, incl. 180 ms typing pause)': result.firstSearch.coldMsIncludingDebounce,
    'index on disk (dist/pagefind)': `${kb(result.index.bytes)} in ${result.index.files} files`,
    [`query time median (ms, ${result.queries} queries × ${result.runsPerQuery})`]: result.queryMs.median.toFixed(1),
    'query time p95 (ms)': result.queryMs.p95.toFixed(1),
    'query time max (ms)': result.queryMs.max.toFixed(1),
  });
}
