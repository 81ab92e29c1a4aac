/**
 * WCAG 2 contrast between two sRGB colours written as "#rrggbb", and colour mixing, for
 * deriving an edition's palette from its one brand colour (./palette.ts).
 */
export type Hex = `#${string}`;

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: readonly number[]): Hex {
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance, WCAG 2.2 definition. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio, from 1 (none) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `from` moved toward `to` by `amount` (0 keeps `from`, 1 gives `to`). */
export function mix(from: string, to: string, amount: number): Hex {
  const a = channels(from);
  const b = channels(to);
  return toHex(a.map((c, i) => c + (b[i]! - c) * amount));
}

/**
 * The least step of `from` toward `to` that reaches `ratio` against every colour in
 * `against`, or undefined when even `to` does not.
 */
export function reachContrast(from: string, to: string, against: readonly string[], ratio: number): Hex | undefined {
  const enough = (colour: string) => against.every((background) => contrast(colour, background) >= ratio);
  for (let step = 0; step <= 100; step += 1) {
    const colour = mix(from, to, step / 100);
    if (enough(colour)) return colour;
  }
  return undefined;
}
