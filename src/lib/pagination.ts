/**
 * Long lists (all articles) are split into numbered pages: page 1 at the list's own URL,
 * the others at `<list>page/<n>/`, so every page is a plain link that works without
 * JavaScript and each one stays the same size however long the list grows.
 */
export function pageCount(items: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive whole number, got ${perPage}`);
  return Math.max(1, Math.ceil(items / perPage));
}

export function pageSlice<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** The path of page `page` of the list at `listPath` ("/articles/"). */
export function listPagePath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}page/${page}/`;
}

export interface PageLink {
  page: number;
  path: string;
  current: boolean;
}

/** A link to every page: with 20 articles a page, even 300 articles make 15 short links. */
export function pageLinks(listPath: string, current: number, total: number): PageLink[] {
  return Array.from({ length: total }, (_, i) => ({ page: i + 1, path: listPagePath(listPath, i + 1), current: i + 1 === current }));
}
