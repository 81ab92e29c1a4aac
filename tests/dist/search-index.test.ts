import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEARCHABLE_FOLDERS, SEARCHABLE_PAGES } from '../../src/integration/search-index.ts';
import { DIST, htmlPages, relative } from './built-site.ts';

// Pagefind reads only SEARCHABLE_FOLDERS, to keep the build fast at 300 articles: a page
// meant to be found but built elsewhere would silently drop out of search.
describe('what search indexes', () => {
  const searchable = htmlPages(DIST)
    .map((file) => relative(file))
    .filter((page) => readFileSync(`${DIST}/${page}`, 'utf8').includes('data-pagefind-body'));

  it('finds the pages that carry data-pagefind-body', () => {
    expect(searchable).toEqual(
      expect.arrayContaining(['quiz/index.html', 'tools/waybill/index.html', 'glossary/index.html', 'simulate/index.html', 'print/index.html', 'talk/index.html', 'articles/yiwu-case/index.html']),
    );
  });

  it.each(searchable)('%s is inside a folder Pagefind reads', (page) => {
    const read = SEARCHABLE_FOLDERS.some((folder) => page.startsWith(`${folder}/`)) || (SEARCHABLE_PAGES as readonly string[]).includes(page);
    expect(read, `add its folder to SEARCHABLE_FOLDERS (or the page to SEARCHABLE_PAGES) in src/integration/search-index.ts`).toBe(true);
  });

  it("indexes exactly those pages", () => {
    const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(searchable.length);
  });
});
