import { describe, expect, it } from 'vitest';
import { listPagePath, pageCount, pageLinks, pageSlice } from '../../src/lib/pagination.ts';

describe('pagination of long lists', () => {
  it('counts pages, with one page for an empty or short list', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(300, 20)).toBe(15);
    expect(() => pageCount(10, 0)).toThrow(/perPage/);
  });

  it('slices each page, the last one holding what is left', () => {
    const items = Array.from({ length: 45 }, (_, i) => i + 1);
    expect(pageSlice(items, 1, 20)).toEqual(items.slice(0, 20));
    expect(pageSlice(items, 3, 20)).toEqual([41, 42, 43, 44, 45]);
    expect(pageSlice(items, 4, 20)).toEqual([]);
  });

  it('keeps page 1 at the list URL and numbers the others', () => {
    expect(listPagePath('/articles/', 1)).toBe('/articles/');
    expect(listPagePath('/articles/', 2)).toBe('/articles/page/2/');
    expect(pageLinks('/articles/', 2, 3)).toEqual([
      { page: 1, path: '/articles/', current: false },
      { page: 2, path: '/articles/page/2/', current: true },
      { page: 3, path: '/articles/page/3/', current: false },
    ]);
  });
});
