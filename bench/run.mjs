// `npm run bench`: measures the built site and prints a table; results also go to
// bench/results.json (not committed). Build first if dist/ is missing.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { benchSearch, printSearch } from './search.mjs';

if (!existsSync('dist/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const results = { date: new Date().toISOString(), node: process.version, search: await benchSearch() };
printSearch(results.search);
await mkdir('bench', { recursive: true });
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
