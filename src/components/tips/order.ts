/**
 * Ordering for the tips and hotlines collections. Content files give each entry an
 * `order`; the file order or entry id must not decide what readers see first.
 */

/**
 * Sorts collection entries by `data.order`, then by id so that two entries with the same
 * order still come out the same way on every build. Returns a new array.
 */
export function sortByOrder<T extends { id: string; data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The href for calling a number, or undefined when it cannot be called. Only digits go
 * into the link, so a number typed with spaces still dials.
 */
export function telHref(number: string, callable: boolean): string | undefined {
  if (!callable) return undefined;
  const digits = number.replace(/\D/gu, '');
  return digits === '' ? undefined : `tel:${digits}`;
}
