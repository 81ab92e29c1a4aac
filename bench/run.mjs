// `npm run bench`: measures the built site and prints tables; everything also goes to
// bench/results.json (not committed). Builds first if dist/ is missing. How to read the
// tables: README, section 性能测量. Nothing here is asserted: machines are noisy.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { benchBuild, benchScale, printBuild, printScale } from './build.mjs';
import { benchLighthouse, printLighthouse } from './lighthouse.mjs';
import { benchPages, printPages } from './pages.mjs';
import { benchSearch, printSearch } from './search.mjs';

if (!existsSync('dist/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const started = Date.now();
const results = { date: new Date().toISOString(), node: process.version };

results.pages = benchPages();
printPages(results.pages);

results.lighthouse = await benchLighthouse();
printLighthouse(results.lighthouse);

results.search = await benchSearch();
printSearch(results.search);

results.build = await benchBuild();
printBuild(results.build);

results.scale = await benchScale();
printScale(results.scale);

results.seconds = Math.round((Date.now() - started) / 1000);
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench/results.json (${results.seconds} s in all)`);
