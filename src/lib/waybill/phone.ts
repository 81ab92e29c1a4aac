import { chars, clip, fold, isConcealment } from './characters.ts';

/**
 * Phone numbers on a privacy waybill (GB/T 41833-2022: hide at least six digits).
 *
 * - Mobile numbers (11 digits starting with 1): only the last 4 stay visible. Couriers and
 *   buyers confirm a parcel by its "尾号", and 7 hidden digits clear the bar.
 * - Landlines with an area code (0 + 2 or 3 digits): the area code stays (it names a
 *   city, not a person); of the local number at most the last 2 stay, at least 6 hidden,
 *   and a short local number is hidden whole.
 * - Anything else: at most 4 digits stay, at least 6 are hidden; 6 digits or fewer are
 *   hidden whole.
 * - +86 / 0086 is the same for everyone and stays; an extension (转 123, ext 123) is
 *   hidden whole.
 */
export const MIN_HIDDEN_DIGITS = 6;

const NOISE = /[\s\-‐‑‒–—―()/]/gu;
const EXTENSION = /(?:转|分机|ext\.?)(?=\s*\d)/iu;

interface SplitPhone {
  country: string;
  main: string;
  extension: string;
}

function split(raw: string): SplitPhone {
  let value = fold(clip(raw)).replace(/\.{2,}/gu, '…');
  let extension = '';
  const ext = EXTENSION.exec(value);
  if (ext && /\d/.test(value.slice(0, ext.index))) {
    extension = value.slice(ext.index + ext[0].length).replace(/\D/gu, '');
    value = value.slice(0, ext.index);
  }
  value = value.replace(NOISE, '').replace(/\./gu, '');
  let country = '';
  const prefix = /^(?:\+86|0086)(?=[\d*x×●•#?…])/u.exec(value);
  if (prefix) {
    country = '+86 ';
    value = value.slice(prefix[0].length);
  }
  return { country, main: value, extension };
}

function areaCodeLength(digits: string): number {
  if (!digits.startsWith('0') || digits.length < 10) return 0;
  // 010 and 02x are the big cities' three-digit codes; the rest have four.
  return /^0(10|2\d)/.test(digits) ? 3 : 4;
}

/** Which digits of a number (digits only) stay visible. */
function visibleDigits(digits: string): { head: number; tail: number } {
  const length = digits.length;
  if (/^1\d{10}$/.test(digits)) return { head: 0, tail: 4 };
  const area = areaCodeLength(digits);
  if (area > 0) {
    const local = length - area;
    return { head: area, tail: Math.max(0, Math.min(2, local - MIN_HIDDEN_DIGITS)) };
  }
  if (length <= MIN_HIDDEN_DIGITS) return { head: 0, tail: 0 };
  return { head: 0, tail: Math.min(4, length - MIN_HIDDEN_DIGITS) };
}

export interface PhonePiece {
  text: string;
  hidden: boolean;
}

export function maskPhonePieces(raw: string): PhonePiece[] {
  const { country, main, extension } = split(raw);
  const digits = main.replace(/\D/gu, '');
  const { head, tail } = visibleDigits(digits);
  const pieces: PhonePiece[] = [
    { text: country, hidden: false },
    { text: digits.slice(0, head), hidden: false },
    { text: '*'.repeat(digits.length - head - tail), hidden: true },
    { text: digits.slice(digits.length - tail), hidden: false },
  ];
  if (extension) pieces.push({ text: '转', hidden: false }, { text: '*'.repeat(extension.length), hidden: true });
  return pieces.filter((piece) => piece.text !== '');
}

/**
 * The familiar mask that does NOT meet the standard: 4 digits hidden in the middle, the
 * rest split as evenly as possible, the extra digit on the right (138****5678). Numbers of
 * 4 digits or fewer are hidden whole.
 */
export function commonPhonePieces(raw: string): PhonePiece[] {
  const { country, main } = split(raw);
  const digits = main.replace(/\D/gu, '');
  const visible = digits.length <= 4 ? 0 : digits.length - 4;
  const head = Math.floor(visible / 2);
  const tail = visible - head;
  const pieces: PhonePiece[] = [
    { text: country, hidden: false },
    { text: digits.slice(0, head), hidden: false },
    { text: '*'.repeat(digits.length - head - tail), hidden: true },
    { text: digits.slice(digits.length - tail), hidden: false },
  ];
  return pieces.filter((piece) => piece.text !== '');
}

/** The number as printed with nothing hidden: digits in one run, as label printers do. */
export function plainPhonePieces(raw: string): PhonePiece[] {
  const { country, main, extension } = split(raw);
  const digits = main.replace(/\D/gu, '');
  const text = `${country}${digits}${extension ? `转${extension}` : ''}`;
  return text ? [{ text, hidden: false }] : [];
}

/**
 * Counts the digits a printed number conceals, whatever the mask looks like. A "…"
 * hides an unknown number of digits: for a mobile number (starts with 1) we know there
 * are 11 in all; otherwise we count it as at least one.
 */
export function inspectPhone(printed: string): { hidden: number; visible: number; extension: boolean } {
  const { main, extension } = split(printed);
  let masks = 0;
  let ellipsis = false;
  let visible = 0;
  for (const ch of chars(main)) {
    if (/\d/.test(ch)) visible += 1;
    else if (ch === '…') ellipsis = true;
    else if (isConcealment(ch)) masks += 1;
  }
  let hidden = masks;
  if (ellipsis) hidden = main.startsWith('1') ? Math.max(masks + 1, 11 - visible) : masks + 1;
  return { hidden, visible, extension: extension !== '' };
}

/**
 * A virtual number (手机虚拟安全号, which the standard recommends): a whole mobile-style
 * relay number followed by an extension, as labels print it ("17012345678转1234"). The
 * buyer's own number is not on the label at all, so nothing of it needs hiding. A landline
 * with an extension (021-62345678转123) is a real switchboard and stays under the usual rule.
 */
export function isVirtualNumber(printed: string): boolean {
  const { main, extension } = split(printed);
  return extension !== '' && /^1\d{10}$/.test(main);
}
