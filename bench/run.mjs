// `npm run bench`: measures the site at 5 articles (the real content, dist/) and at 300
// (the real content plus 295 generated articles, built into a temporary folder), prints
// the tables for each and then the goals side by side; everything also goes to
// bench/results.json (not committed). Beside each size, Starlight with its default Pagefind
// (bench/starlight/) is built from the same articles and measured the same way, so the goals
// against it are ratios from one run. How to read it: README, section 性能测量. Nothing here
// is asserted: machines are noisy. The byte budgets are tests (tests/dist).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBuild, printBuild } from './build.mjs';
import { benchChecker, printChecker } from './checker.mjs';
import { benchFirstVisit } from './first-visit.mjs';
import { kb } from './lib.mjs';
import { benchLighthouse, printLighthouse } from './lighthouse.mjs';
import { benchOffline, describeOffline } from './offline.mjs';
import { benchPages, printPages } from './pages.mjs';
import { benchSearch } from './search.mjs';
import { benchSearchSpeed } from './search-speed.mjs';
import { ensureStarlight, starlightBuild } from './starlight.mjs';

const run = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('dist/index.html')) run(['scripts/astro.mjs', 'build']);
const tmp = await mkdtemp(join(tmpdir(), 'fangpian-bench-'));
const large = join(tmp, 'dist-300');
run(['scripts/astro.mjs', 'build', '--synthetic', '295', '--outDir', large]);
ensureStarlight();
const starlightDists = { '5 articles': join(tmp, 'starlight-5'), '300 articles': join(tmp, 'starlight-300') };
for (const [label, contentRoot] of [
  ['5 articles', 'content'],
  ['300 articles', 'node_modules/.cache/kuaidi-synthetic/295'],
]) {
  const { command, args, env, cwd } = starlightBuild({ contentRoot, outDir: starlightDists[label], cacheDir: join(tmp, `starlight-cache-${label.replace(' ', '-')}`) });
  const built = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (built.status !== 0) throw new Error(`Starlight's build at ${label} failed (exit ${built.status}):\n${`${built.stdout}${built.stderr}`.slice(-2000)}`);
}
/** The pages compared with Starlight: the same paths exist in both. */
const COMPARED = [
  { name: 'home', path: '' },
  { name: 'article', path: 'articles/yiwu-case/' },
];

const started = Date.now();
const results = { date: new Date().toISOString(), node: process.version, sites: {} };

const percent = (share) => `${Math.round(share * 100)}%`;

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const ratio = (ours, theirs) => (typeof ours === 'number' && typeof theirs === 'number' && theirs > 0 ? (ours / theirs).toFixed(2) : '–');

/** Ours beside Starlight on the compared pages: paint (Lighthouse mobile, medians of 3) and bytes. */
function printVersus(versus) {
  const rows = {};
  for (const { name, path } of COMPARED) {
    const ours = versus.ours.pages.find((page) => page.path === `/${path}`);
    const theirs = versus.starlight.pages.find((page) => page.path === `/${path}`);
    for (const [metric, key] of [
      ['FCP', 'fcpMs'],
      ['LCP', 'lcpMs'],
    ]) {
      rows[`${name} ${metric} (ms; goal ≤ 1.0×)`] = { ours: Math.round(ours?.[key] ?? NaN), Starlight: Math.round(theirs?.[key] ?? NaN), ratio: ratio(ours?.[key], theirs?.[key]) };
    }
  }
  const { ours, starlight } = versus.firstVisit;
  rows['article: bytes before load'] = { ours: kb(ours.beforeLoad.bytes), Starlight: kb(starlight.beforeLoad.bytes), ratio: ratio(ours.beforeLoad.bytes, starlight.beforeLoad.bytes) };
  rows['article: background download after load (goal ≤ 150 KB)'] = {
    ours: `${kb(ours.background.bytes)} (${ours.background.requests} req)`,
    Starlight: `${kb(starlight.background.bytes)} (${starlight.background.requests} req)`,
    ratio: ratio(ours.background.bytes, starlight.background.bytes),
  };
  for (const row of versus.searchSpeed.rows) {
    rows[`search ${row.query}: tap → first result (ms; goal < 1.0×)`] = { ours: row.ours.ms, Starlight: row.starlight.ms, ratio: ratio(row.ours.ms, row.starlight.ms) };
  }
  console.log('\nAgainst Starlight with its default Pagefind: same articles, same server and gzip, 360×640, medians of 3');
  console.table(rows);
}

/** Where the <h1> and the first paragraph after it end, in bytes of HTML. */
function firstParagraphEnd(file) {
  const html = readFileSync(file);
  const h1 = html.indexOf('<h1');
  return html.indexOf('</p>', h1) + 4;
}

try {
  for (const [label, dist] of [
    ['5 articles', 'dist'],
    ['300 articles', large],
  ]) {
    console.log(`\n==================== ${label} (${dist}) ====================`);
    const site = {};
    site.pages = benchPages({ dist });
    printPages(site.pages);
    site.firstParagraphEnd = Math.max(...site.pages.pages.filter((p) => p.built).map((p) => firstParagraphEnd(p.html.file)));
    site.lighthouse = await benchLighthouse({ dist });
    printLighthouse(site.lighthouse);
    site.search = await benchSearch({ dist });
    site.offline = benchOffline({ dist });
    // Side by side with Starlight: Lighthouse medians of 3, and what a first visit downloads.
    site.versus = {
      ours: await benchLighthouse({ dist, pages: COMPARED, runs: 3 }),
      starlight: await benchLighthouse({ dist: starlightDists[label], pages: COMPARED, runs: 3 }),
      firstVisit: await benchFirstVisit({ ours: { dist, path: 'articles/yiwu-case/' }, starlight: { dist: starlightDists[label], path: 'articles/yiwu-case/' } }),
      // From the tap on the search button, typing at a phone's pace, to the first result (slow 4G, CPU 4×).
      searchSpeed: await benchSearchSpeed({ sites: { ours: { dist, path: 'articles/yiwu-case/' }, starlight: { dist: starlightDists[label], path: 'articles/yiwu-case/' } } }),
    };
    printVersus(site.versus);
    console.log(`\nSearch: ${site.search.ranked}/${site.search.queries} queries rank as the tests require; first search ${kb(site.search.firstSearch.oursGzip)} (ours) vs ${kb(site.search.firstSearch.pagefindGzip)} (default Pagefind), mean of ${site.search.firstSearch.queries} queries`);
    const { tested, untuned, firstSearch: questionSearch } = site.search.questions;
    console.log(
      `Whole questions: precision at 1 ${percent(tested.precisionAt1)} (${tested.firstRight}/${tested.questions} tested questions), ` +
        `${percent(untuned.precisionAt1)} (${untuned.firstRight}/${untuned.questions}) on questions never tuned on; ` +
        `first search ${kb(questionSearch.oursGzip)} (ours) vs ${kb(questionSearch.pagefindGzip)} (default Pagefind)`,
    );
    console.log(`Offline: the background download after a first visit is ${describeOffline(site.offline)}`);
    results.sites[label] = site;
  }

  results.build = await benchBuild();
  printBuild(results.build);

  results.checker = benchChecker();
  printChecker(results.checker);

  // The goals of "At 300 articles the site stays as light and fast as at 5", side by side.
  const column = (site, build) => {
    const article = site.pages.pages.find((p) => p.name === 'article');
    const lh = site.lighthouse.pages.filter((p) => !p.error && !p.skipped);
    return {
      'article, first visit (gzip)': kb(article.firstVisit.gzip),
      'render-blocking stylesheets per page (max)': Math.max(...site.pages.pages.filter((p) => p.built).map((p) => p.css.files.length)),
      'h1 + first paragraph end within (bytes of HTML; goal ≤ 14336)': site.firstParagraphEnd,
      'median FCP (ms; Lighthouse mobile; goal ≤ 1240)': Math.round(median(lh.map((p) => p.fcpMs)) ?? NaN),
      'median LCP (ms)': Math.round(median(lh.map((p) => p.lcpMs)) ?? NaN),
      'service worker precache, gzip -9 (budget precacheGzip)': kb(site.offline.gzip),
      'first search: ours ÷ default Pagefind (goal ≤ 1.1)': site.search.firstSearch.ratio.toFixed(2),
      'first search, ours (mean gzip)': kb(site.search.firstSearch.oursGzip),
      'search queries ranked as required': `${site.search.ranked}/${site.search.queries}`,
      'whole questions: precision at 1 (tested / never tuned on)': `${percent(site.search.questions.tested.precisionAt1)} / ${percent(site.search.questions.untuned.precisionAt1)}`,
      'first search for a question: ours ÷ default Pagefind': site.search.questions.firstSearch.ratio.toFixed(2),
      'build warm ÷ plain Astro + Pagefind (goal ≤ 1.5)': build?.ratio?.toFixed(2) ?? '–',
      'build cold / warm (s)': build?.cold ? `${(build.cold.ms / 1000).toFixed(1)} / ${(build.warm.ms / 1000).toFixed(1)}` : '–',
      'build cold ÷ Starlight cold (goal ≤ 2 at 300)': build?.coldRatio?.toFixed(2) ?? '–',
      'output ÷ Starlight output (goal ≤ 1.2 at 300)': build?.distRatio?.toFixed(2) ?? '–',
      'article FCP / LCP ÷ Starlight (goal ≤ 1.0)': (() => {
        const ours = site.versus.ours.pages.find((page) => page.name === 'article');
        const theirs = site.versus.starlight.pages.find((page) => page.name === 'article');
        return `${ratio(ours?.fcpMs, theirs?.fcpMs)} / ${ratio(ours?.lcpMs, theirs?.lcpMs)}`;
      })(),
      'background download after a first visit, in a browser (goal ≤ 150 KB)': kb(site.versus.firstVisit.ours.background.bytes),
      'home FCP / LCP ÷ Starlight (goal ≤ 1.0)': (() => {
        const ours = site.versus.ours.pages.find((page) => page.name === 'home');
        const theirs = site.versus.starlight.pages.find((page) => page.name === 'home');
        return `${ratio(ours?.fcpMs, theirs?.fcpMs)} / ${ratio(ours?.lcpMs, theirs?.lcpMs)}`;
      })(),
      'search tap → first result ÷ Starlight, per query (goal < 1.0)': site.versus.searchSpeed.rows.map((row) => `${row.query} ${ratio(row.ours.ms, row.starlight.ms)}`).join(', '),
    };
  };
  const [small, big] = [results.sites['5 articles'], results.sites['300 articles']];
  const builds = Object.fromEntries(results.build.results.map((row) => [row.articles, row]));
  const left = column(small, builds[5]);
  const right = column(big, builds[300]);
  console.log('\nGoals at 5 and at 300 articles');
  console.table(Object.fromEntries(Object.keys(left).map((key) => [key, { '5 articles': left[key], '300 articles': right[key] }])));
} finally {
  await rm(tmp, { recursive: true, force: true });
}

results.seconds = Math.round((Date.now() - started) / 1000);
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench/results.json (${results.seconds} s in all)`);
