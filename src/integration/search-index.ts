import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { SEARCH_WORDS_FILE, type SearchWords } from '../lib/search/words.ts';

// Pagefind also writes its ready-made search UIs; the site has its own (src/client/search),
// so they are removed to keep the published folder to what is used.
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * The folders whose pages can be found by search, and single pages in folders that are
 * otherwise not searched (the printables' and the talk's front pages: the fact sheets and
 * slides repeat the articles). Pagefind reads only these: the WeChat pages, embeds and
 * fragments (two thirds of the HTML at 300 articles) would cost it time for nothing.
 * tests/dist checks that no page with data-pagefind-body lives elsewhere.
 */
export const SEARCHABLE_FOLDERS = ['articles', 'quiz', 'tools', 'simulate', 'glossary'] as const;
export const SEARCHABLE_PAGES = ['print/index.html', 'talk/index.html'] as const;

/**
 * Pagefind's own program, through its npm wrapper, rather than its Node API: the API hands
 * every index file back to Node to write, which at 300 articles took most of the time and
 * kept Node busy while the build's other steps wanted it. Paths are from the project root,
 * where every build runs.
 */
const PAGEFIND = resolve('node_modules/pagefind/lib/runner/bin.cjs');

/**
 * Indexes the built pages with Pagefind, so search knows exactly the HTML a visitor gets.
 * Only elements marked data-pagefind-body are indexed: navigation, footers and the 404
 * page stay out of results. Returns the number of pages indexed.
 */
export async function indexSearch(outDir: string): Promise<number> {
  const glob = `{${[...SEARCHABLE_FOLDERS.map((folder) => `${folder}/**/*.html`), ...SEARCHABLE_PAGES].join(',')}}`;
  const args = [PAGEFIND, '--site', outDir, '--glob', glob, '--force-language', 'zh-cn'];
  let output: string;
  try {
    const result = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
    output = `${result.stdout}\n${result.stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`Pagefind could not index ${outDir}: ${failed.stderr || failed.stdout || failed.message}`);
  }
  const pages = Number(output.match(/Indexed (\d+) pages?/)?.[1] ?? 0);
  if (pages === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${outDir}:\n${output}`);
  await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(outDir, 'pagefind', file), { force: true })));
  return pages;
}

/**
 * Fails the build when content/search/intents.yaml names a page search cannot return: one
 * that was not built, or that is not indexed (no data-pagefind-body).
 */
export async function checkIntentPages(outDir: string, base: string): Promise<void> {
  const words = JSON.parse(await readFile(join(outDir, SEARCH_WORDS_FILE), 'utf8')) as SearchWords;
  const problems: string[] = [];
  for (const { page } of words.intents) {
    const file = join(outDir, page.slice(base.length), 'index.html');
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (html === undefined) problems.push(`${page}: no such page was built`);
    else if (!html.includes('data-pagefind-body')) problems.push(`${page}: the page is not searchable (it has no data-pagefind-body)`);
  }
  if (problems.length > 0) {
    throw new Error(`content/search/intents.yaml names pages search cannot return. Fix \`page\` in:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
