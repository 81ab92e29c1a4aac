import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSearchable } from '../../src/integration/search-index.ts';
import { DIST, htmlPages, relative } from './built-site.ts';

// Pagefind reads only SEARCHABLE_PAGES, to keep the build fast at 300 articles: a page
// meant to be found but not listed there would silently drop out of search, and a listed
// page without data-pagefind-body would let content/search/intents.yaml send searches to it.
describe('what search indexes', () => {
  const searchable = htmlPages(DIST)
    .map((file) => relative(file))
    .filter((page) => readFileSync(`${DIST}/${page}`, 'utf8').includes('data-pagefind-body'));

  it('finds the pages that carry data-pagefind-body', () => {
    expect(searchable).toEqual(
      expect.arrayContaining(['quiz/index.html', 'tools/waybill/index.html', 'glossary/index.html', 'simulate/index.html', 'print/index.html', 'talk/index.html', 'articles/yiwu-case/index.html']),
    );
  });

  const sitePath = (page: string) => `/${page.replace(/index\.html$/, '')}`;

  it.each(searchable)('%s is one of the pages Pagefind reads', (page) => {
    expect(isSearchable(sitePath(page)), `add it to SEARCHABLE_PAGES in src/integration/search-index.ts`).toBe(true);
  });

  it('reads no page without data-pagefind-body', () => {
    const unmarked = htmlPages(DIST)
      .map((file) => relative(file))
      .filter((page) => !searchable.includes(page) && isSearchable(sitePath(page)));
    expect(unmarked).toEqual([]);
  });

  it("indexes exactly those pages", () => {
    const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(searchable.length);
  });
});
