// Builds a search test site: a copy of a build (dist/, or dist-large/ with 300 articles)
// plus a "distractor" page that contains the characters of 面单, 云仓, 反诈, 客服… but never
// the words, then indexes it and writes its service worker with the same steps as the
// real build (src/integration/). The live site never contains this page.
// Usage: node tests/e2e/search-fixture.mjs <outDir> [<build>]
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { indexSearch } from '../../src/integration/search-index.ts';
import { writeServiceWorker } from '../../src/integration/service-worker.ts';
import { offlineListsOf } from './site.ts';

const outDir = process.argv[2] ?? '.search-fixture';
const build = process.argv[3] ?? 'dist';
await rm(outDir, { recursive: true, force: true });
await cp(build, outDir, { recursive: true });
await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
await mkdir(join(outDir, 'articles', 'weekend-notes'), { recursive: true });
await cp('tests/fixtures/search/distractor.html', join(outDir, 'articles', 'weekend-notes', 'index.html'));
const pages = await indexSearch(outDir);
await writeServiceWorker(outDir, offlineListsOf(outDir));
console.log(`Search fixture: ${pages} pages indexed in ${outDir}`);
