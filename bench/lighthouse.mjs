// Lighthouse benchmark: the four category scores and the main lab metrics for each kind of
// page, with Lighthouse's default mobile settings (Moto G Power-sized screen, simulated
// slow 4G and 4× CPU slowdown). Simulated throttling makes scores fairly stable on a
// noisy machine, but they are still printed, never asserted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { serveDist } from './lib.mjs';
import { PAGE_TYPES } from './pages.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function summarise(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  // Audits that pull a score down (weighted in a category and below 90), so a drop can be
  // traced without opening a report. Zero-weight "insights" are advice, not score.
  const weighted = new Set(CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
  const failing = [...weighted].filter((id) => typeof lhr.audits[id]?.score === 'number' && lhr.audits[id].score < 0.9);
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcpMs: metric('first-contentful-paint'),
    failingAudits: failing,
    warnings: lhr.runWarnings ?? [],
  };
}

const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)];
};

/** Several runs of one page: the median of each metric, and the scores of the run whose performance score is the median. */
function medianRun(runs) {
  const byScore = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byScore[Math.floor(byScore.length / 2)];
  return {
    ...middle,
    fcpMs: median(runs.map((run) => run.fcpMs)),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
    cls: median(runs.map((run) => run.cls)),
    runs: runs.length,
  };
}

/** `runs`: each page is measured this many times and the medians kept (the goals against Starlight are medians of 3). */
export async function benchLighthouse({ dist = 'dist', base = '/', pages = PAGE_TYPES, runs = 1 } = {}) {
  const results = [];
  const toRun = [];
  for (const page of pages) {
    if (existsSync(join(dist, page.path, 'index.html'))) toRun.push(page);
    else results.push({ name: page.name, path: `${base}${page.path}`, skipped: 'not built' });
  }
  let server;
  let chrome;
  let version = null;
  let environment = null;
  try {
    server = await serveDist({ dist, base });
    chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
    // The first run in a new Chrome is slower than the ones after it (180–480 ms more FCP in
    // six sets of five runs, ours and Starlight's alike): it is run and thrown away, so the
    // page that happens to come first does not pay for it.
    if (toRun.length > 0) {
      await lighthouse(`${server.origin}${base}${toRun[0].path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    }
    // One Chrome, one page at a time: parallel runs would steal each other's CPU and
    // skew the simulated timings.
    for (const page of toRun) {
      const url = `${server.origin}${base}${page.path}`;
      const started = Date.now();
      try {
        const summaries = [];
        for (let run = 0; run < runs; run++) {
          const result = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: CATEGORIES,
          });
          const lhr = result?.lhr;
          if (!lhr) throw new Error('Lighthouse returned no result');
          version = lhr.lighthouseVersion;
          environment = { benchmarkIndex: lhr.environment?.benchmarkIndex ?? null, hostUserAgent: lhr.environment?.hostUserAgent ?? null };
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          summaries.push(summarise(lhr));
        }
        results.push({ name: page.name, path: `${base}${page.path}`, runMs: Date.now() - started, ...medianRun(summaries) });
      } catch (error) {
        results.push({ name: page.name, path: `${base}${page.path}`, runMs: Date.now() - started, error: String(error?.message ?? error) });
      }
    }
  } catch (error) {
    // No browser or no server: every page that was going to run gets the same error.
    const message = String(error?.message ?? error);
    for (const page of toRun) {
      if (!results.some((r) => r.path === `${base}${page.path}`)) results.push({ name: page.name, path: `${base}${page.path}`, error: message });
    }
  } finally {
    chrome?.kill();
    server?.close();
  }
  // Keep the page order of the input, not the order pages finished or were skipped.
  const order = pages.map((page) => `${base}${page.path}`);
  results.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
  return { lighthouseVersion: version, settings: `default mobile (simulated throttling)${runs > 1 ? `, medians of ${runs} runs` : ''}`, environment, pages: results };
}

export function printLighthouse(result) {
  const round = (value, digits = 0) => (value == null ? '–' : digits > 0 ? value.toFixed(digits) : Math.round(value));
  console.log(`\nLighthouse ${result.lighthouseVersion ?? ''} (${result.settings}; scores 0–100)`);
  const rows = {};
  for (const page of result.pages) {
    const key = `${page.name} ${page.path}`;
    if (page.skipped) rows[key] = { performance: page.skipped };
    else if (page.error) rows[key] = { performance: `error: ${page.error.split('\n')[0].slice(0, 80)}` };
    else {
      rows[key] = {
        performance: page.scores.performance,
        accessibility: page.scores.accessibility,
        'best practices': page.scores['best-practices'],
        SEO: page.scores.seo,
        'FCP (ms)': round(page.fcpMs),
        'LCP (ms)': round(page.lcpMs),
        'TBT (ms)': round(page.tbtMs),
        CLS: round(page.cls, 3),
      };
    }
  }
  console.table(rows);
  for (const page of result.pages) {
    if (page.failingAudits?.length > 0) console.log(`${page.path}: audits below 90: ${page.failingAudits.join(', ')}`);
  }
  if (result.environment?.benchmarkIndex) console.log(`Host CPU benchmark index: ${result.environment.benchmarkIndex}`);
}
