/**
 * Number helpers for <PriceByFreshness>. Kept out of the .astro file so they can be unit
 * tested without rendering.
 */

/** One row of the chart: a price range in yuan per record. */
export interface PriceRow {
  /** What is sold, e.g. "当天面单". */
  label: string;
  /** Lowest price seen, yuan per record (元/条). */
  low: number;
  /** Highest price seen, yuan per record; equal to `low` for a single price. */
  high: number;
}

/**
 * A bar drawn on a 0–100 wide SVG viewBox, starting at 0 so longer means dearer: solid up
 * to the low price, lighter from low to high ("up to").
 */
export interface PriceBar extends PriceRow {
  /** Length of the solid part, 0 → low, 0–100. */
  lowWidth: number;
  /** Length of the whole bar, 0 → high, 0–100; at least {@link MIN_BAR_WIDTH}. */
  highWidth: number;
  /** The range as text, e.g. "3～5 元/条". */
  text: string;
}

/** Shortest bar, in viewBox units, so that a tiny price is still drawn. */
export const MIN_BAR_WIDTH = 1.5;

const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Formats a yuan amount the Chinese way: "0.5", "3", "1,200". */
export function formatYuan(value: number): string {
  return yuan.format(value);
}

/** "3～5", or "5" when the range is a single price; the chart adds the unit (元/条). */
export function formatRange(low: number, high: number): string {
  return low === high ? formatYuan(low) : `${formatYuan(low)}～${formatYuan(high)}`;
}

/**
 * Rounds the top of the scale up to 1, 2, 2.5 or 5 times a power of ten, so the longest
 * bar does not touch the edge and the scale label is a round number (5 → 5, 7 → 10,
 * 0.8 → 1, 120 → 200).
 */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    if (candidate >= value - 1e-9) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}

/**
 * Checks the rows and lays out the bars. Throws on data that would draw a misleading
 * chart (negative or missing prices, low above high), so a typo in an article fails the
 * build instead of publishing a wrong picture.
 */
export function layoutPriceBars(rows: readonly PriceRow[]): { max: number; bars: PriceBar[] } {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new Error('PriceByFreshness needs at least one row.');
  }
  for (const row of rows) {
    if (!Number.isFinite(row.low) || !Number.isFinite(row.high) || row.low < 0 || row.high < 0) {
      throw new Error(`PriceByFreshness: "${row.label}" needs low and high as numbers of 0 or more.`);
    }
    if (row.low > row.high) {
      throw new Error(`PriceByFreshness: "${row.label}" has low (${row.low}) above high (${row.high}).`);
    }
  }
  const max = niceMax(Math.max(...rows.map((r) => r.high)));
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = rows.map((row) => {
    const highWidth = Math.max(MIN_BAR_WIDTH, round((row.high / max) * 100));
    const lowWidth = Math.min(highWidth, round((row.low / max) * 100));
    return { ...row, lowWidth, highWidth, text: formatRange(row.low, row.high) };
  });
  return { max, bars };
}
