// Build benchmark: how long our build takes at 5 and at 300 articles (the real content,
// then the real content plus 295 generated articles, scripts/synthetic-content.mjs), cold
// (no image cache, no content cache) and warm (as a writer's second build), against the
// yardstick of a plain Astro + MDX build of the same articles followed by Pagefind with its
// defaults (bench/baseline). Everything is built into temporary folders; dist/ is never
// touched. Builds run one after another, so they do not steal each other's CPU.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { folderSize, kb, mb } from './lib.mjs';

export const SIZES = [
  { articles: 5, synthetic: 0 },
  { articles: 300, synthetic: 295 },
];

/** Where `--synthetic N` writes its content (scripts/astro.mjs). */
const syntheticRoot = (count) => `node_modules/.cache/kuaidi-synthetic/${count}`;

// Runs a command and resolves with its wall-clock time; output is kept for errors and logs.
function timed(command, args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - started);
      if (code === 0) resolvePromise({ ms, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.split('\n').slice(-30).join('\n')}`));
    });
  });
}

async function htmlPages(outDir) {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes('pagefind')).length;
}

/** Our `astro build` into outDir; the search index's share is read from the build's log. */
async function buildOurs({ synthetic, outDir, imageCache, force }) {
  const args = ['scripts/astro.mjs', 'build', '--outDir', outDir, ...(synthetic ? ['--synthetic', String(synthetic)] : []), ...(force ? ['--force'] : [])];
  const run = await timed(process.execPath, args, { IMAGE_CACHE_DIR: imageCache });
  const index = run.output.match(/Search index: (\d+) pages in (\d+) ms/);
  return { ms: run.ms, pagefindMs: Number(index?.[2] ?? NaN), pages: await htmlPages(outDir), size: await folderSize(outDir) };
}

/** The yardstick: plain Astro + MDX, then the Pagefind CLI with its defaults. */
async function buildBaseline({ synthetic, outDir, cacheDir }) {
  const contentRoot = resolve(synthetic ? syntheticRoot(synthetic) : 'content');
  const astro = await timed(process.execPath, ['scripts/astro.mjs', 'build', '--root', 'bench/baseline', '--outDir', outDir], {
    CONTENT_ROOT: contentRoot,
    BASELINE_CACHE_DIR: cacheDir,
  });
  const pagefind = await timed(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', outDir, '--force-language', 'zh-cn'], {});
  return { ms: astro.ms + pagefind.ms, astroMs: astro.ms, pagefindMs: pagefind.ms, pages: await htmlPages(outDir) };
}

/** Warm builds are noisy on a shared machine: each is run this many times, ours and plain in turn, and the medians compared. */
const WARM_RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchBuild() {
  const results = [];
  for (const { articles, synthetic } of SIZES) {
    const tmp = await mkdtemp(join(tmpdir(), `fangpian-bench-build-${articles}-`));
    try {
      const imageCache = join(tmp, 'images');
      const baselineCache = join(tmp, 'baseline-cache');
      // Cold: no drawn images, no content cache. Then warm runs, ours and plain in turn.
      const cold = await buildOurs({ synthetic, outDir: join(tmp, 'cold'), imageCache, force: true });
      await buildBaseline({ synthetic, outDir: join(tmp, 'baseline'), cacheDir: baselineCache });
      const warmRuns = [];
      const baselineRuns = [];
      for (let run = 0; run < WARM_RUNS; run++) {
        warmRuns.push(await buildOurs({ synthetic, outDir: join(tmp, 'warm'), imageCache, force: false }));
        baselineRuns.push(await buildBaseline({ synthetic, outDir: join(tmp, 'baseline'), cacheDir: baselineCache }));
      }
      const warm = { ...warmRuns.at(-1), ms: median(warmRuns.map((r) => r.ms)), runs: warmRuns.map((r) => r.ms) };
      const baseline = { ...baselineRuns.at(-1), ms: median(baselineRuns.map((r) => r.ms)), runs: baselineRuns.map((r) => r.ms) };
      results.push({ articles, cold, warm, baseline, ratio: warm.ms / baseline.ms });
    } catch (error) {
      results.push({ articles, error: String(error?.message ?? error) });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  return { goal: 'warm build ≤ 1.5 × plain astro build + Pagefind of the same articles (medians of 3 runs each)', results };
}

export function printBuild(result) {
  console.log('\nBuild (wall clock; warm = a second build with the image and content caches filled)');
  const rows = {};
  for (const row of result.results) {
    const key = `${row.articles} articles`;
    if (row.error) {
      rows[key] = { ours: `error: ${row.error.split('\n')[0].slice(0, 80)}` };
      continue;
    }
    rows[key] = {
      'ours cold (ms)': row.cold.ms,
      'ours warm, median (ms)': row.warm.ms,
      'Pagefind, run beside the images (ms)': row.warm.pagefindMs,
      'plain Astro + Pagefind, median (ms)': row.baseline.ms,
      'warm ÷ plain (goal ≤ 1.5)': row.ratio.toFixed(2),
      'our HTML pages': row.warm.pages,
      'plain HTML pages': row.baseline.pages,
      'our output': mb(row.warm.size.bytes),
    };
  }
  console.table(rows);
  console.log('Our pages per article: the article, its WeChat page and fragment; plus two cover images. Plain: one page per article.');
  void kb;
}
