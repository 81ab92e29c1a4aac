// Build benchmark: how long our build takes at 5 and at 300 articles (the real content,
// then the real content plus 295 generated articles, scripts/synthetic-content.mjs), cold
// (no image cache, no content cache) and warm (as a writer's second build), against the
// yardstick of a plain Astro + MDX build of the same articles followed by Pagefind with its
// defaults (bench/baseline), and against Starlight with its default Pagefind (bench/starlight),
// cold and warm. Everything is built into temporary folders; dist/ is never touched. Builds
// run one after another, so they do not steal each other's CPU.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { folderSize, kb, mb } from './lib.mjs';
import { starlightBuild } from './starlight.mjs';

export const SIZES = [
  { articles: 5, synthetic: 0 },
  { articles: 300, synthetic: 295 },
];

/** Where `--synthetic N` writes its content (scripts/astro.mjs). */
const syntheticRoot = (count) => `node_modules/.cache/kuaidi-synthetic/${count}`;

// Runs a command and resolves with its wall-clock time; output is kept for errors and logs.
function timed(command, args, env = {}, cwd = undefined) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Starlight's build of the same articles (bench/starlight.mjs); a fresh cacheDir makes it cold. */
async function buildStarlight({ synthetic, outDir, cacheDir }) {
  const { command, args, env, cwd } = starlightBuild({ contentRoot: synthetic ? syntheticRoot(synthetic) : 'content', outDir, cacheDir });
  const run = await timed(command, args, env, cwd);
  return { ms: run.ms, pages: await htmlPages(outDir), size: await folderSize(outDir) };
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
      // Cold: no drawn images, no content cache, for ours and Starlight alike, each run
      // WARM_RUNS times from an empty cache. Then warm runs, ours, plain and Starlight in turn.
      const coldRuns = [];
      const starlightColdRuns = [];
      for (let run = 0; run < WARM_RUNS; run++) {
        await rm(join(tmp, 'images'), { recursive: true, force: true });
        coldRuns.push(await buildOurs({ synthetic, outDir: join(tmp, 'cold'), imageCache, force: true }));
        starlightColdRuns.push(await buildStarlight({ synthetic, outDir: join(tmp, 'starlight'), cacheDir: join(tmp, `starlight-cold-${run}`) }));
      }
      const starlightCache = join(tmp, 'starlight-cache');
      await buildStarlight({ synthetic, outDir: join(tmp, 'starlight'), cacheDir: starlightCache });
      await buildBaseline({ synthetic, outDir: join(tmp, 'baseline'), cacheDir: baselineCache });
      const warmRuns = [];
      const baselineRuns = [];
      const starlightRuns = [];
      for (let run = 0; run < WARM_RUNS; run++) {
        warmRuns.push(await buildOurs({ synthetic, outDir: join(tmp, 'warm'), imageCache, force: false }));
        baselineRuns.push(await buildBaseline({ synthetic, outDir: join(tmp, 'baseline'), cacheDir: baselineCache }));
        starlightRuns.push(await buildStarlight({ synthetic, outDir: join(tmp, 'starlight'), cacheDir: starlightCache }));
      }
      const medianOf = (runs) => ({ ...runs.at(-1), ms: median(runs.map((r) => r.ms)), runs: runs.map((r) => r.ms) });
      const cold = medianOf(coldRuns);
      const warm = medianOf(warmRuns);
      const baseline = medianOf(baselineRuns);
      const starlight = { cold: medianOf(starlightColdRuns), warm: medianOf(starlightRuns) };
      results.push({
        articles,
        cold,
        warm,
        baseline,
        starlight,
        ratio: warm.ms / baseline.ms,
        coldRatio: cold.ms / starlight.cold.ms,
        warmRatio: warm.ms / starlight.warm.ms,
        distRatio: warm.size.bytes / starlight.warm.size.bytes,
      });
    } catch (error) {
      results.push({ articles, error: String(error?.message ?? error) });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  return {
    goal: 'warm build ≤ 1.5 × plain astro build + Pagefind; at 300 articles, cold build ≤ 2 × and output ≤ 1.2 × Starlight with its default Pagefind (medians of 3 runs each)',
    results,
  };
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
      'ours cold, median (ms)': row.cold.ms,
      'Starlight cold, median (ms)': row.starlight.cold.ms,
      'cold ÷ Starlight (goal ≤ 2 at 300)': row.coldRatio.toFixed(2),
      'ours warm, median (ms)': row.warm.ms,
      'Starlight warm, median (ms)': row.starlight.warm.ms,
      'Pagefind, run beside the images (ms)': row.warm.pagefindMs,
      'plain Astro + Pagefind, median (ms)': row.baseline.ms,
      'warm ÷ plain (goal ≤ 1.5)': row.ratio.toFixed(2),
      'our HTML pages': row.warm.pages,
      'plain HTML pages': row.baseline.pages,
      'our output': mb(row.warm.size.bytes),
      'Starlight output': mb(row.starlight.warm.size.bytes),
      'output ÷ Starlight (goal ≤ 1.2 at 300)': row.distRatio.toFixed(2),
    };
  }
  console.table(rows);
  console.log('Our pages per article: the article, its WeChat page and fragment; plus two cover images. Plain: one page per article.');
  void kb;
}
