// Builds the search test site: a copy of dist/ plus a "distractor" page that contains the
// characters of 面单, 云仓, 反诈, 客服… but never the words, then indexes it with the same
// step as the real build (src/integration/search-index.ts). The live site never contains this page.
// Usage: node tests/e2e/search-fixture.mjs <outDir>
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { indexSearch } from '../../src/integration/search-index.ts';

const outDir = process.argv[2] ?? '.search-fixture';
await rm(outDir, { recursive: true, force: true });
await cp('dist', outDir, { recursive: true });
await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
await mkdir(join(outDir, 'articles', 'weekend-notes'), { recursive: true });
await cp('tests/fixtures/search/distractor.html', join(outDir, 'articles', 'weekend-notes', 'index.html'));
console.log(`Search fixture: ${await indexSearch(outDir)} pages indexed in ${outDir}`);
