// Search benchmark: what the first search downloads, ours against Pagefind's default path
// on the same built pages (bench/first-search.mjs), over every query of the project's
// search tests; how often a whole question finds its page first (precision at 1), over the
// tested questions and over questions the ranking was never tuned on; and how long queries
// take in the browser (the User Timing "search" measures that src/client/search/panel.ts
// records). Timings are printed, never asserted.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { compareFirstSearch } from './first-search.mjs';
import { folderSize, serveDist } from './lib.mjs';
import { QUERY_SET, QUESTION_SET, UNTUNED_QUESTIONS } from '../tests/e2e/search-queries.ts';

const RUNS_PER_QUERY = 3;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function benchSearch({ dist = 'dist' } = {}) {
  const server = await serveDist({ dist });
  const { origin } = server;
  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    const queries = QUERY_SET.map((entry) => entry.query);
    const firstSearch = await compareFirstSearch(browser, origin, '/', queries);

    // Ranking and warm query times, through the real search page.
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${origin}/search/`);
    const panel = page.locator('[data-search-page] [data-search]');
    const durations = [];
    let passed = 0;
    for (let run = 0; run < RUNS_PER_QUERY; run++) {
      for (const { query, page: expected, top } of QUERY_SET) {
        await page.evaluate(() => performance.clearMeasures('search'));
        await panel.locator('input[type="search"]').fill('');
        await panel.locator('input[type="search"]').fill(query);
        await page.waitForFunction(() => performance.getEntriesByName('search').length > 0);
        durations.push(await page.evaluate(() => performance.getEntriesByName('search').at(-1).duration));
        if (run === 0) {
          await panel.locator('[data-search-status]').filter({ hasText: `“${query.trim()}”` }).waitFor();
          const results = await panel.locator('a[data-result]').evaluateAll((links) => links.map((link) => new URL(link.href).pathname));
          const rank = results.indexOf(expected) + 1;
          if (rank > 0 && rank <= top) passed += 1;
        }
      }
    }

    // Whole questions: the page each result list puts first.
    const firstPages = async (questions) => {
      const first = [];
      for (const { query } of questions) {
        await panel.locator('input[type="search"]').fill(query);
        await panel.locator('[data-search-status]').filter({ hasText: `“${query.trim()}”` }).waitFor();
        first.push(await panel.locator('a[data-result="1"]').evaluateAll((links) => (links[0] ? new URL(links[0].href).pathname : '')));
      }
      return first;
    };
    const precision = async (questions) => {
      const first = await firstPages(questions);
      const hits = questions.filter((question, index) => first[index] === question.page).length;
      return { questions: questions.length, firstRight: hits, precisionAt1: hits / questions.length };
    };
    const questions = { tested: await precision(QUESTION_SET), untuned: await precision(UNTUNED_QUESTIONS) };
    questions.firstSearch = await compareFirstSearch(browser, origin, '/', QUESTION_SET.map((question) => question.query));

    await browser.close();
    durations.sort((a, b) => a - b);

    return {
      queries: QUERY_SET.length,
      ranked: passed,
      runsPerQuery: RUNS_PER_QUERY,
      firstSearch: { ...firstSearch, rows: firstSearch.rows },
      questions,
      index: await folderSize(join(dist, 'pagefind')),
      queryMs: { median: percentile(durations, 50), p95: percentile(durations, 95), max: durations.at(-1) },
    };
  } finally {
    server.close();
  }
}
