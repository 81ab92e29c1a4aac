import { describe, expect, it } from 'vitest';
import { neighbours, sortByOrder } from '../../src/lib/ordering.ts';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('reading path', () => {
  const sorted = sortByOrder([entry('c', 3), entry('a', 1), entry('b', 2)]);

  it('orders articles by their order field', () => {
    expect(sorted.map((article) => article.id)).toEqual(['a', 'b', 'c']);
  });

  it('gives previous and next, and none past the ends', () => {
    expect(neighbours(sorted, 'a')).toEqual({ next: sorted[1] });
    expect(neighbours(sorted, 'b')).toEqual({ previous: sorted[0], next: sorted[2] });
    expect(neighbours(sorted, 'c')).toEqual({ previous: sorted[1] });
    expect(neighbours(sorted, 'missing')).toEqual({});
  });

  it('refuses two articles with the same order, naming both', () => {
    expect(() => sortByOrder([entry('x', 1), entry('y', 1)])).toThrow(/"x" and "y" both have order 1/);
  });
});
