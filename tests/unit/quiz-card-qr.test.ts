import { describe, expect, it } from 'vitest';
import { decodeMatrix, encodeMatrix, qrMatrix, qrToSvgPath } from '../../src/lib/qr.ts';

const URL = 'https://example.org/quiz/';

/** Rasterises a path made only of `M x y h w v1 h-w z` rectangles back into a module grid. */
function rasterise(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const re = /M(\d+) (\d+)h(\d+)v1h(-\d+)z/g;
  let consumed = 0;
  for (const m of d.matchAll(re)) {
    const [, xs, ys, ws, back] = m;
    const x = Number(xs);
    const y = Number(ys);
    const w = Number(ws);
    expect(Number(back)).toBe(-w);
    expect(w).toBeGreaterThan(0);
    for (let i = x; i < x + w; i++) {
      expect(grid[y]![i]).toBe(false); // no overlap
      grid[y]![i] = true;
    }
    consumed += m[0].length;
  }
  expect(consumed).toBe(d.length); // nothing else in the path
  return grid;
}

describe('qrMatrix', () => {
  it('is square, at least version 1 (21×21), with finder patterns in three corners', () => {
    const m = qrMatrix(URL);
    expect(m.length).toBeGreaterThanOrEqual(21);
    for (const row of m) expect(row).toHaveLength(m.length);
    const n = m.length;
    // Each finder pattern's outer ring is dark and the ring inside it is light.
    for (const [x, y] of [
      [0, 0],
      [n - 7, 0],
      [0, n - 7],
    ] as const) {
      expect(m[y]![x]).toBe(true);
      expect(m[y + 6]![x + 6]).toBe(true);
      expect(m[y + 1]![x + 1]).toBe(false);
      expect(m[y + 3]![x + 3]).toBe(true);
    }
    // No border: the quiet zone is added by whoever draws it.
    expect(m[0]![0]).toBe(true);
  });

  it('grows with longer text and is deterministic', () => {
    expect(qrMatrix(URL)).toEqual(qrMatrix(URL));
    expect(qrMatrix(`${URL}${'x'.repeat(200)}`).length).toBeGreaterThan(qrMatrix(URL).length);
  });
});

describe('qrToSvgPath', () => {
  it('covers exactly the dark modules', () => {
    const m = qrMatrix(URL);
    expect(rasterise(qrToSvgPath(m), m.length)).toEqual(m);
  });

  it('merges horizontal runs and gives one square per isolated module', () => {
    expect(qrToSvgPath([[true, true, false, true]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
    expect(qrToSvgPath([
      [false, false],
      [false, true],
    ])).toBe('M1 1h1v1h-1z');
    expect(qrToSvgPath([[false]])).toBe('');
  });
});

describe('encodeMatrix / decodeMatrix', () => {
  it('round-trips a real QR matrix', () => {
    const m = qrMatrix(URL);
    const text = encodeMatrix(m);
    expect(text).toMatch(/^[01]+(,[01]+)*$/);
    expect(text.split(',')).toHaveLength(m.length);
    expect(decodeMatrix(text)).toEqual(m);
  });

  it('round-trips small and empty matrices', () => {
    const small = [
      [true, false],
      [false, true],
    ];
    expect(encodeMatrix(small)).toBe('10,01');
    expect(decodeMatrix('10,01')).toEqual(small);
    expect(encodeMatrix([])).toBe('');
    expect(decodeMatrix('')).toEqual([]);
  });
});
