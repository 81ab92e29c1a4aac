/**
 * Character handling shared by the waybill masker and checker. People type labels from
 * Chinese keyboards, so full-width forms (１２３, ＊, ｘ) are folded one character at a
 * time: positions stay the same, which lets the masker cut the original text where the
 * folded text says.
 */

/** Splits into code points, so "𠮷" or an emoji counts as one character. */
export function chars(value: string): string[] {
  return Array.from(value);
}

/** Folds one character: full-width to half-width, "…" stays one character. */
export function foldChar(ch: string): string {
  if (ch === '…' || ch === '⋯') return '…';
  const folded = ch.normalize('NFKC');
  return Array.from(folded).length === 1 ? folded : ch;
}

/** Folds a string character by character, keeping its length in code points. */
export function fold(value: string): string {
  return chars(value).map(foldChar).join('');
}

/**
 * Characters printers and people use to hide characters. "x" only counts where it
 * cannot be part of a Latin name (see name.ts); "…" stands for an unknown number.
 */
const CONCEALMENT = new Set(['*', '×', 'x', 'X', '●', '•', '#', '?', '○', '◯', '■', '□', '★', '☆', '…', '﹡']);

export function isConcealment(ch: string): boolean {
  return CONCEALMENT.has(foldChar(ch));
}

/** Longest input we look at; a label never has more, and it keeps every check fast. */
const MAX_FIELD_LENGTH = 200;

export function clip(value: string): string {
  return chars(value ?? '').slice(0, MAX_FIELD_LENGTH).join('').trim();
}
