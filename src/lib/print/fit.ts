/**
 * How much a printed sheet's type can grow and still fit its page. A sheet is laid out for
 * its longest content; shorter content would leave the page half blank, so the page's script
 * tries scales and keeps the largest at which nothing overflows. `fits` lays the sheet out
 * at a scale and says whether it fits; it is called about ten times.
 */
export interface FitRange {
  /** The scale the sheet was designed at, used when even that overflows. */
  min: number;
  /** The largest scale worth trying: beyond it the type looks shouted, not bigger. */
  max: number;
  /** Stop when the answer is known to within this. */
  precision: number;
}

export const DEFAULT_FIT: FitRange = { min: 1, max: 2, precision: 0.01 };

/** The largest scale in the range at which `fits` holds, assuming that a sheet that fits at a scale also fits at every smaller one. */
export function largestFittingScale(fits: (scale: number) => boolean, range: FitRange = DEFAULT_FIT): number {
  if (!(range.min > 0 && range.max >= range.min && range.precision > 0)) {
    throw new Error(`largestFittingScale: needs 0 < min <= max and precision > 0, got ${JSON.stringify(range)}`);
  }
  if (fits(range.max)) return range.max;
  if (!fits(range.min)) return range.min;
  let fitting = range.min;
  let overflowing = range.max;
  while (overflowing - fitting > range.precision) {
    const middle = (fitting + overflowing) / 2;
    if (fits(middle)) fitting = middle;
    else overflowing = middle;
  }
  return fitting;
}
