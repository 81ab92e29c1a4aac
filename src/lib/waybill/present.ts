/**
 * Small helpers for drawing a masked waybill (the <Waybill> component), apart from
 * src/lib/waybill.ts, which is only about what to hide, and free of Astro so they can be
 * unit tested on their own. The words they go with are UI strings (ui.waybill).
 */
import type { MaskMode, MaskSegment } from '../waybill.ts';

/** The badge on each drawing. Its words (ui.waybill.badges) carry the verdict; colour and icon only repeat it. */
export interface ModeBadge {
  /** A symbol shown before the words, hidden from screen readers. */
  icon: string;
  /** Which colour family the badge uses: danger, warn or ok. */
  tone: 'danger' | 'warn' | 'ok';
}

export const MODE_BADGES: Record<MaskMode, ModeBadge> = {
  full: { icon: '!', tone: 'danger' },
  common: { icon: '✕', tone: 'warn' },
  compliant: { icon: '✓', tone: 'ok' },
};

/** An obviously fake tracking number, so nobody mistakes the drawing for a real parcel. */
export const SAMPLE_TRACKING_NUMBER = '0000 0000 0000';

/** Which field a masked run belongs to; decides how the hidden part is read aloud. */
export type MaskedFieldKind = 'name' | 'phone' | 'address';

/** How a screen reader describes a hidden run, in the UI strings' words. */
export interface HiddenNotes {
  hiddenName: (count: number) => string;
  hiddenDigits: (count: number) => string;
  hiddenAddress: string;
}

/**
 * The words a screen reader hears instead of a run of "*". Reading "星号星号星号星号"
 * tells nobody anything; "已隐藏4位" says what the mask means.
 * One "*" stands for one character in names and one digit in phones; the address mask has
 * a fixed length, so it is described without a count.
 */
export function hiddenNote(kind: MaskedFieldKind, segment: MaskSegment, notes: HiddenNotes): string {
  const count = Array.from(segment.text).length;
  switch (kind) {
    case 'name':
      return notes.hiddenName(count);
    case 'phone':
      return notes.hiddenDigits(count);
    case 'address':
      return notes.hiddenAddress;
  }
}

/**
 * Widths (in SVG units) of the bars and gaps of the decorative barcode, alternating bar,
 * gap, bar… A fixed pattern, not an encoding of anything: a scanner must not read it.
 */
export function barcodePattern(seed = 7, count = 46): { x: number; width: number }[] {
  const bars: { x: number; width: number }[] = [];
  let x = 0;
  let state = seed;
  for (let i = 0; i < count; i += 1) {
    // A tiny linear congruential generator: the same drawing on every build.
    state = (state * 1103515245 + 12345) % 2147483648;
    const width = 1 + (state % 3);
    if (i % 2 === 0) bars.push({ x, width });
    x += width;
  }
  return bars;
}

/** Total width of {@link barcodePattern}'s drawing, for the SVG viewBox. */
export function barcodeWidth(bars: { x: number; width: number }[]): number {
  const last = bars[bars.length - 1];
  return last ? last.x + last.width : 0;
}
