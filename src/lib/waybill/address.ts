import { chars, clip, fold } from './characters.ts';

/**
 * Addresses on a privacy waybill (GB/T 41833-2022: hide the 单元户室号).
 *
 * An address is read once into numbered parts, and both the masker and the checker work
 * from that reading, so whatever the masker hides the checker at least flags:
 * - `street`: "幸福路88号", "某路123弄4号": where the estate is. Shown.
 * - `building`: "3栋", "5号楼", "A座". Not required by the standard, but the masker hides
 *   it too, since a building narrows the address to a few dozen households.
 * - `unit`, `room`, `household`: "2单元", "501室"/"702房"/"A座1203"/"2-1-503", "5户".
 *   The standard says hide them: a label that shows one fails.
 * - `floor`, `door`, `bare`: "12层"/"5楼", a village door number ("5组12号"), a number
 *   after the estate name with no marker ("幸福家园902"). The standard does not name
 *   them, but each may point at one household: the masker hides them and the checker warns.
 */
export type PartKind = 'street' | 'building' | 'unit' | 'room' | 'household' | 'floor' | 'door' | 'bare';

export interface AddressPart {
  kind: PartKind;
  /** Position (in code points) where the part starts. */
  start: number;
  /** The part as written, e.g. "501室". */
  text: string;
}

/** What each kind means for a printed label. */
const PART_STATUS: Record<PartKind, 'ok' | 'warn' | 'fail'> = {
  street: 'ok',
  building: 'ok',
  unit: 'fail',
  room: 'fail',
  household: 'fail',
  floor: 'warn',
  door: 'warn',
  bare: 'warn',
};

const CHINESE_DIGITS = '一二三四五六七八九十百零〇两';
/**
 * A number and what it numbers. Digits go with every marker, a single letter with the
 * building markers (A座, B单元). Chinese numerals go with every marker but 号, and never
 * when a place name follows: 三户村 is a village, not household 3.
 */
const PART = new RegExp(
  `(?:(\\d+|[A-Za-z](?=\\s*(?:栋|幢|座|单元)))\\s*(号楼|栋|幢|座|单元|层|楼|室|房|户|号))|(?:([${CHINESE_DIGITS}]+)\\s*(号楼|栋|幢|座|单元|层|楼|室|房|户)(?![村组屯庄寨营]))`,
  'gu',
);
const KIND_OF_MARKER: Record<string, PartKind> = {
  号楼: 'building',
  栋: 'building',
  幢: 'building',
  座: 'building',
  单元: 'unit',
  层: 'floor',
  楼: 'floor',
  室: 'room',
  房: 'room',
  户: 'household',
};
/** Characters after which "88号" is a street number. */
const ROADS = new Set(Array.from('路街道巷弄里胡同'));
/** Characters after which "12号" is a door in a village: one household. */
const VILLAGES = new Set(Array.from('村组屯'));
/** "5-2-301" or "3-502" at the end: building-unit-room written with dashes. */
const DASHED = /\d+(?:-\d+)+\s*$/u;
const TRAILING_NUMBER = /\d+\s*$/u;

function addressParts(raw: string): AddressPart[] {
  const value = fold(clip(raw));
  const all = chars(value);
  // Regex indexes are UTF-16; positions are in code points, to slice the original.
  const toCodePoint = (index: number) => chars(value.slice(0, index)).length;
  const parts: AddressPart[] = [];
  const inside = () => parts.some((part) => part.kind !== 'street');

  for (const match of value.matchAll(PART)) {
    const start = toCodePoint(match.index);
    const marker = (match[2] ?? match[4])!;
    const before = all[start - 1] ?? '';
    let kind: PartKind;
    if (marker === '号') kind = ROADS.has(before) ? 'street' : VILLAGES.has(before) ? 'door' : inside() ? 'room' : 'building';
    else kind = KIND_OF_MARKER[marker]!;
    parts.push({ kind, start, text: chars(match[0]).join('') });
  }

  const end = (part: AddressPart) => part.start + chars(part.text).length;
  const covered = (position: number) => parts.some((part) => part.start <= position && position < end(part));
  const dashed = DASHED.exec(value);
  const trailing = TRAILING_NUMBER.exec(value);
  if (dashed && !covered(toCodePoint(dashed.index))) {
    parts.push({ kind: 'room', start: toCodePoint(dashed.index), text: dashed[0].trim() });
  } else if (trailing && !covered(toCodePoint(trailing.index))) {
    // A number at the end with no marker: a room after a building ("A座1203"), a street
    // number after a road ("幸福路88"), a door in a village, or unknown ("幸福家园902").
    const start = toCodePoint(trailing.index);
    const before = all[start - 1] ?? '';
    const kind: PartKind = inside() ? 'room' : ROADS.has(before) ? 'street' : VILLAGES.has(before) ? 'door' : 'bare';
    parts.push({ kind, start, text: trailing[0].trim() });
  }
  return parts.sort((a, b) => a.start - b.start);
}

/** Where the hidden part of the address starts (code points), or -1 when nothing is hidden. */
function hiddenFrom(raw: string): number {
  return addressParts(raw).find((part) => part.kind !== 'street')?.start ?? -1;
}

const ADDRESS_MASK = '****';

export interface AddressPiece {
  text: string;
  hidden: boolean;
}

/**
 * A compliant address: the area, street and estate name, then one fixed mask for all the
 * rest, so the label does not even tell how long the room number was.
 */
export function maskAddressPieces(raw: string): { pieces: AddressPiece[]; removed: number } {
  const original = chars(clip(raw));
  const cut = hiddenFrom(raw);
  if (cut === -1) return { pieces: original.length ? [{ text: original.join(''), hidden: false }] : [], removed: 0 };
  const kept = original.slice(0, cut).join('').trimEnd();
  const removed = original.slice(cut).filter((ch) => !/\s/u.test(ch)).length;
  return { pieces: [...(kept ? [{ text: kept, hidden: false }] : []), { text: ADDRESS_MASK, hidden: true }], removed };
}

/** What a printed address still shows, as the worst status and the parts behind it. */
export function inspectAddress(printed: string): { status: 'ok' | 'warn' | 'fail'; shown: string[] } {
  const parts = addressParts(printed).filter((part) => PART_STATUS[part.kind] !== 'ok');
  const failing = parts.filter((part) => PART_STATUS[part.kind] === 'fail');
  if (failing.length > 0) return { status: 'fail', shown: failing.map((part) => part.text) };
  if (parts.length > 0) return { status: 'warn', shown: parts.map((part) => part.text) };
  return { status: 'ok', shown: [] };
}
