import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT, largestFittingScale } from '../../src/lib/print/fit.ts';

describe('largestFittingScale', () => {
  it('finds the scale at which content fills its page, to the precision asked', () => {
    // Content 180 mm tall at scale 1 on a 277 mm page grows by 277 / 180.
    const scale = largestFittingScale((s) => 180 * s <= 277);
    expect(scale).toBeLessThanOrEqual(277 / 180);
    expect(scale).toBeGreaterThan(277 / 180 - DEFAULT_FIT.precision);
  });

  it('never answers a scale that overflows, and never leaves more than the precision unused', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 3, noNaN: true }), (limit) => {
        const scale = largestFittingScale((s) => s <= limit);
        if (limit >= DEFAULT_FIT.max) expect(scale).toBe(DEFAULT_FIT.max);
        else if (limit < DEFAULT_FIT.min) expect(scale).toBe(DEFAULT_FIT.min);
        else {
          expect(scale).toBeLessThanOrEqual(limit);
          expect(limit - scale).toBeLessThanOrEqual(DEFAULT_FIT.precision);
        }
      }),
    );
  });

  it('keeps the designed size when even that overflows, and tries few layouts', () => {
    let tries = 0;
    expect(largestFittingScale(() => (tries++, false))).toBe(1);
    tries = 0;
    largestFittingScale((s) => (tries++, s <= 1.37));
    expect(tries).toBeLessThanOrEqual(12);
  });

  it('refuses a range that cannot be searched', () => {
    expect(() => largestFittingScale(() => true, { min: 2, max: 1, precision: 0.01 })).toThrow(/min <= max/);
  });
});
