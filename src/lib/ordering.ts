/**
 * Articles, tips and hotlines are shown in the order their content gives (`order`), never
 * in file order. Articles also form one reading path: previous/next links and the home
 * page's "start here" list both come from this one ordering.
 */
export interface Ordered {
  id: string;
  data: { order: number };
}

export function sortByOrder<T extends Ordered>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (previous.data.order === current.data.order) {
      throw new Error(
        `Entries "${previous.id}" and "${current.id}" both have order ${current.data.order}. Give each entry its own order number in its content file.`,
      );
    }
  }
  return sorted;
}

export function neighbours<T extends Ordered>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  const result: { previous?: T; next?: T } = {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
