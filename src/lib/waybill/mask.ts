/**
 * Masking of the personal information printed on an express waybill (快递面单).
 *
 * The site shows the same parcel label three ways so readers can see what a thief who
 * photographs or steals a label actually gets:
 *
 * - `full`: nothing hidden. This is what old three-part paper waybills printed, and what
 *   "面单贩子" sell as "新鲜单".
 * - `common`: the masking most people have seen, e.g. 张*明 / 138****5678 with the whole
 *   address. It hides only 4 digits of the phone and leaves the room number, so it does
 *   NOT meet the national standard.
 * - `compliant`: the minimum GB/T 41833-2022《快递电子运单》asks for, for sender and
 *   recipient alike: at least one character of the name, at least six digits of the phone,
 *   and the unit/household/room part of the address, all hidden.
 *
 * Everything here is a pure function over strings (no DOM). Judging a printed label is
 * checkWaybill() in src/lib/waybill.ts.
 *
 * ## The rules, in one place
 *
 * Name (counted in characters, not UTF-16 units; separators such as "·" and spaces are
 * kept and never counted):
 * - common: 1 char → unchanged ("张"); 2 chars → first + "*" ("张*"); 3+ chars → first and
 *   last kept, the middle hidden ("张*明", "欧**娜").
 * - compliant: the rule of the privacy-waybill tool (src/lib/waybill/name.ts): keep at most
 *   the surname (欧阳 counts as one), hide the rest, always at least one character.
 *
 * Phone (normalised first: full-width ０-９ → 0-9; spaces, dashes, dots and brackets
 * dropped; a leading +86 / 0086 country code kept visible as "+86 " and not counted):
 * - common: hide 4 digits in the middle, the rest split as evenly as possible with the
 *   extra digit on the right, which gives the familiar 138****5678 for 11 digits. Numbers
 *   of 4 digits or fewer are hidden entirely.
 * - compliant: the rule of the privacy-waybill tool (src/lib/waybill/phone.ts): a mobile
 *   number shows only its last 4 digits (13812345678 → *******5678); landlines keep the area
 *   code and hide at least 6 digits of the local number.
 *
 * Address:
 * - full / common: the address and the unit (单元户室号) are shown.
 * - compliant: the address is shown, the unit is replaced by a fixed "****" whatever its
 *   length, so the mask does not leak how long the room number is. An empty unit stays
 *   empty.
 */

import { maskNamePieces, NAME_SEPARATOR } from './name.ts';
import { maskPhonePieces } from './phone.ts';

/** How much of a waybill to hide. */
export type MaskMode = 'full' | 'common' | 'compliant';

/** All masking modes in the order the site shows them: most dangerous first. */
export const MASK_MODES: readonly MaskMode[] = ['full', 'common', 'compliant'];

/** The personal information on one side (收件人 or 寄件人) of a waybill. */
export interface WaybillParty {
  /** 姓名 as written, e.g. "张晓明". */
  name: string;
  /** 联系电话 as written: spaces, dashes and full-width digits are fine. */
  phone: string;
  /** The address down to the building, e.g. "北京市朝阳区幸福路88号幸福小区5号楼". */
  address: string;
  /** The 单元户室号 part, e.g. "3单元502室". Empty or missing when there is none. */
  unit?: string | undefined;
}

/** One run of text that is either shown as-is or is a mask. */
export interface MaskSegment {
  /** The text to draw: the original characters, or mask characters. */
  text: string;
  /** True when `text` is a mask standing for hidden characters. */
  hidden: boolean;
}

/** A masked field, kept as segments so a renderer can tell screen readers what is hidden. */
export interface MaskedField {
  /** The whole field as printed, e.g. "138****5678". */
  text: string;
  /** The same text split into shown and hidden runs, adjacent runs merged. */
  segments: MaskSegment[];
  /**
   * How many original characters (name) or digits (phone) the masks stand for. For the
   * unit, whose mask has a fixed length, it is the number of characters removed.
   */
  hiddenCount: number;
}

/** A whole side of a waybill after masking. */
export interface MaskedParty {
  name: MaskedField;
  phone: MaskedField;
  address: MaskedField;
  unit: MaskedField;
}

/** The character used for every mask this module produces. */
export const MASK_CHAR = '*';

/** The fixed mask that replaces a whole 单元户室号 in `compliant` mode. */
export const UNIT_MASK = '****';



/** Characters in a phone number that carry no digit: spaces, dashes, dots, brackets. */
const PHONE_NOISE = /[\s\-－‐‑‒–—―.．()（）/]/gu;

/** Turns full-width digits (０-９, as some input methods type them) into ASCII digits. */
export function toHalfWidthDigits(value: string): string {
  return value.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/** Splits a string into user-perceived characters (code points), so "𠮷" counts as one. */
function chars(value: string): string[] {
  return Array.from(value);
}

/** Builds a field from segments, dropping empty runs and merging neighbours. */
function field(segments: MaskSegment[], hiddenCount: number): MaskedField {
  const merged: MaskSegment[] = [];
  for (const seg of segments) {
    if (seg.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.hidden === seg.hidden) {
      last.text += seg.text;
    } else {
      merged.push({ text: seg.text, hidden: seg.hidden });
    }
  }
  return { text: merged.map((s) => s.text).join(''), segments: merged, hiddenCount };
}

/** A field with nothing hidden. */
function shown(value: string): MaskedField {
  return field([{ text: value, hidden: false }], 0);
}

/**
 * Masks a name.
 *
 * Why separators are skipped: in names such as "阿依古丽·买买提" the dot is not a
 * character of the name, and hiding it would neither protect anyone nor count towards
 * the standard's "1 个汉字".
 */
export function maskName(name: string, mode: MaskMode): MaskedField {
  const value = name.trim();
  if (mode === 'full') return shown(value);
  if (mode === 'compliant') {
    // The tool and the drawings share one rule: src/lib/waybill/name.ts.
    const pieces = maskNamePieces(value);
    return field(pieces, pieces.filter((piece) => piece.hidden).length);
  }

  const all = chars(value);
  const letters = all.map((ch, i) => (NAME_SEPARATOR.test(ch) ? -1 : i)).filter((i) => i >= 0);
  const n = letters.length;
  // common: 张 → 张, 张明 → 张*, 张晓明 → 张*明: the style people know from shopping apps.
  const keep = new Set<number>();
  const first = letters[0];
  const last = letters[n - 1];
  if (first !== undefined) keep.add(first);
  if (n >= 3 && last !== undefined) keep.add(last);

  let hiddenCount = 0;
  const segments = all.map((ch, i): MaskSegment => {
    if (NAME_SEPARATOR.test(ch) || keep.has(i)) return { text: ch, hidden: false };
    hiddenCount += 1;
    return { text: MASK_CHAR, hidden: true };
  });
  return field(segments, hiddenCount);
}

/** A phone number split into a visible country prefix and the national digits. */
export interface NormalizedPhone {
  /** "+86 " when the number was written with +86 or 0086, otherwise "". */
  prefix: string;
  /** The national number, digits only. */
  digits: string;
}

/**
 * Normalises a phone number as people write it: "138 1234 5678", "138-1234-5678",
 * "０１０－６２３４５６７８", "+86 138 1234 5678".
 *
 * Why the country code is split off: "+86" is the same for everyone in China, so it tells
 * a thief nothing, and counting its digits would let a label hide fewer real digits.
 * Anything that is not a digit after the noise is removed (letters, "转" extensions) is
 * dropped too: the masks are about digits.
 */
export function normalizePhone(phone: string): NormalizedPhone {
  let value = toHalfWidthDigits(phone.trim()).replace(/＋/gu, '+').replace(PHONE_NOISE, '');
  let prefix = '';
  const country = /^(?:\+86|0086)(?=\d)/u.exec(value);
  if (country) {
    prefix = '+86 ';
    value = value.slice(country[0].length);
  }
  return { prefix, digits: value.replace(/\D/gu, '') };
}

/** How many digits the familiar (non-compliant) mask keeps: it hides only 4 in the middle. */
export function phoneKeep(length: number, mode: 'full' | 'common'): { head: number; tail: number } {
  if (mode === 'full') return { head: length, tail: 0 };
  // Hide 4 in the middle: 11 digits → 3 + 4 hidden + 4.
  if (length <= 4) return { head: 0, tail: 0 };
  const visible = length - 4;
  const head = Math.floor(visible / 2);
  return { head, tail: visible - head };
}

/**
 * Masks a phone number. The output is normalised (no spaces or dashes) because real
 * printers print the digits in one run; one "*" stands for one hidden digit.
 */
export function maskPhone(phone: string, mode: MaskMode): MaskedField {
  if (mode === 'compliant') {
    // The tool and the drawings share one rule: src/lib/waybill/phone.ts.
    const pieces = maskPhonePieces(phone);
    return field(pieces, pieces.filter((piece) => piece.hidden).reduce((sum, piece) => sum + piece.text.length, 0));
  }
  const { prefix, digits } = normalizePhone(phone);
  const { head, tail } = phoneKeep(digits.length, mode);
  const hidden = digits.length - head - tail;
  return field(
    [
      { text: prefix, hidden: false },
      { text: digits.slice(0, head), hidden: false },
      { text: MASK_CHAR.repeat(hidden), hidden: true },
      { text: digits.slice(digits.length - tail), hidden: false },
    ],
    hidden,
  );
}

/**
 * Masks the 单元户室号. In `compliant` mode the whole unit becomes {@link UNIT_MASK}: a
 * fixed length so that "1室" and "12单元1203室" look the same on the label.
 */
export function maskUnit(unit: string | undefined, mode: MaskMode): MaskedField {
  const value = (unit ?? '').trim();
  if (value === '' || mode !== 'compliant') return shown(value);
  return field([{ text: UNIT_MASK, hidden: true }], chars(value).filter((c) => !/\s/u.test(c)).length);
}

/** Masks every field of one side of a waybill. */
export function maskParty(party: WaybillParty, mode: MaskMode): MaskedParty {
  return {
    name: maskName(party.name, mode),
    phone: maskPhone(party.phone, mode),
    address: shown(party.address.trim()),
    unit: maskUnit(party.unit, mode),
  };
}
