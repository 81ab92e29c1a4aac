import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

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
 * The pages search can return, as site paths in which "*" stands for one path segment (the
 * pages that mark their text data-pagefind-body). Pagefind reads only these: the WeChat
 * pages, embeds, fragments and printables (two thirds of the HTML at 300 articles) would
 * cost it time for nothing, and the fact sheets and slides repeat the articles.
 * tests/dist checks that exactly these pages carry data-pagefind-body.
 */
export const SEARCHABLE_PAGES = ['/articles/*/', '/quiz/', '/check/', '/tools/waybill/', '/simulate/', '/simulate/*/', '/glossary/', '/print/', '/talk/'] as const;

const segments = (path: string) => path.split('/').filter(Boolean);

/** Whether search can return the page at this site path (without the base). */
export function isSearchable(path: string): boolean {
  const page = segments(path);
  return SEARCHABLE_PAGES.some((pattern) => {
    const parts = segments(pattern);
    return parts.length === page.length && parts.every((part, i) => part === '*' || part === page[i]);
  });
}

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
  const glob = `{${SEARCHABLE_PAGES.map((pattern) => `${pattern.slice(1)}index.html`).join(',')}}`;
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
 * that is not a page of the site, or that search does not read.
 */
export function checkIntentPages(intentPages: readonly string[], publicPages: readonly string[]): void {
  const problems = intentPages.flatMap((page) => {
    if (!publicPages.includes(page)) return [`${page}: no such page was built`];
    if (!isSearchable(page)) return [`${page}: the page is not searchable (SEARCHABLE_PAGES in src/integration/search-index.ts)`];
    return [];
  });
  if (problems.length > 0) {
    throw new Error(`content/search/intents.yaml names pages search cannot return. Fix \`page\` in:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
