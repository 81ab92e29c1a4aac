import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans SC from npm (@fontsource/noto-sans-sc), for drawing Chinese text into share
 * images at build time: no network, and no dependence on the fonts of the build machine.
 * Fontsource splits the font into ~100 slices by Unicode range (WOFF files of 20–60 KB);
 * we take only the slices that hold the characters we draw.
 */
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

interface Slice {
  file: string;
  ranges: [number, number][];
}

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

let slices: Slice[] | undefined;
function allSlices(weight: number): Slice[] {
  slices ??= Object.entries(JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>).map(
    ([name, ranges]) => ({ file: `noto-sans-sc-${name.replace(/[[\]]/g, '')}-${weight}-normal.woff`, ranges: parseRanges(ranges) }),
  );
  return slices;
}

export interface FontPart {
  name: string;
  data: Buffer;
  weight: 700;
}

/** Characters of `text` that no slice of the font covers (drawn as empty boxes otherwise). */
export function missingGlyphs(text: string): string[] {
  const chars = [...new Set(Array.from(text))].filter((char) => char.trim() !== '');
  return chars.filter((char) => {
    const code = char.codePointAt(0)!;
    return !allSlices(700).some((slice) => slice.ranges.some(([from, to]) => code >= from && code <= to));
  });
}

/**
 * The font for drawing `text`: the slices that hold its characters, whole, in one order.
 * Satori keeps the fonts it has read for as long as it is handed the same list, so a build
 * asks once for all the words it draws and passes that list to every drawing: each slice is
 * read once (cutting each drawing its own font took half the drawing time).
 */
export function fontFor(text: string): FontPart[] {
  const missing = missingGlyphs(text);
  if (missing.length > 0) throw new Error(`The share-image font has no glyph for: ${missing.join(' ')}`);
  const codes = [...new Set(Array.from(text))].filter((char) => char.trim() !== '').map((char) => char.codePointAt(0)!);
  const used = allSlices(700).filter((slice) => codes.some((code) => slice.ranges.some(([from, to]) => code >= from && code <= to)));
  // Each slice has its own family name: satori keeps one font per name, and falls back
  // from one family to the next for glyphs the first lacks.
  return used.map((slice, index) => ({ name: `Noto Sans SC ${index}`, weight: 700 as const, data: readFileSync(join(packageDir, 'files', slice.file)) }));
}
