import { chars, clip, fold } from './characters.ts';

/**
 * Addresses on a privacy waybill (GB/T 41833-2022: hide the 单元户室号).
 *
 * An address is read as a sequence of numbered parts: "幸福路88号" (a street number),
 * "5栋" / "5号楼" (a building), "2单元" / "3层" / "501室" (unit, floor, room). The masker
 * keeps the area, the street and the estate name and hides everything from the first
 * building or unit onward, so nothing narrower than the estate is printed. The checker
 * only fails what the standard names: a readable unit, floor, room or household number.
 */
export type PartKind = 'street' | 'building' | 'unit';

export interface AddressPart {
  kind: PartKind;
  /** Position (in code points) where the part's number starts. */
  start: number;
  /** The part as written, e.g. "501室". */
  text: string;
}

/**
 * A number and what it numbers. Digits and single letters (A座, B单元) go with every
 * marker; Chinese numerals only with 栋/幢/号楼/单元/层, so that village names such as
 * 三户村 are not read as a household number.
 */
const PART = /(?:(\d+|[A-Za-z](?=\s*(?:栋|幢|座|单元)))\s*(号楼|栋|幢|座|单元|层|楼|室|户|号))|(?:([一二三四五六七八九十百零〇两]+)\s*(号楼|栋|幢|单元|层))/gu;
/** Characters that make a following "88号" a street number. */
const ROADS = new Set(Array.from('路街道巷弄里村镇乡组胡同'));
/** "5-2-301" or "3-502": building-unit-room written with dashes. */
const DASHED = /\d+(?:-\d+)+\s*$/u;

export function addressParts(raw: string): AddressPart[] {
  const value = fold(clip(raw));
  const all = chars(value);
  // Regex indexes are UTF-16; convert to code-point positions for slicing the original.
  const toCodePoint = (index: number) => chars(value.slice(0, index)).length;
  const parts: AddressPart[] = [];
  for (const match of value.matchAll(PART)) {
    const start = toCodePoint(match.index);
    const marker = (match[2] ?? match[4])!;
    const before = all[start - 1] ?? '';
    let kind: PartKind;
    // Building and floor are hidden by the masker but not required by the standard.
    if (marker === '号楼' || marker === '栋' || marker === '幢' || marker === '座' || marker === '层' || marker === '楼') kind = 'building';
    else if (marker === '号') kind = ROADS.has(before) ? 'street' : parts.some((p) => p.kind !== 'street') ? 'unit' : 'building';
    else kind = 'unit';
    parts.push({ kind, start, text: chars(match[0]).join('') });
  }
  const dashed = DASHED.exec(value);
  if (dashed) parts.push({ kind: 'unit', start: toCodePoint(dashed.index), text: dashed[0].trim() });
  // A bare number after a building ("3栋301") is the room.
  const lastBuilding = [...parts].reverse().find((p) => p.kind !== 'street');
  if (lastBuilding) {
    const after = chars(value).slice(lastBuilding.start + chars(lastBuilding.text).length).join('');
    const bare = /^\s*(\d+)\s*$/u.exec(after);
    if (bare) parts.push({ kind: 'unit', start: lastBuilding.start + chars(lastBuilding.text).length, text: bare[1]! });
  }
  return parts.sort((a, b) => a.start - b.start);
}

/** Where the hidden part of the address starts, or -1 when there is nothing to hide. */
export function hiddenFrom(raw: string): number {
  const first = addressParts(raw).find((part) => part.kind !== 'street');
  if (first) return first.start;
  // A trailing bare number with no marker ("幸福小区 12") could be anything: hide it.
  const value = fold(clip(raw));
  const trailing = /\d+\s*$/u.exec(value);
  return trailing ? chars(value.slice(0, trailing.index)).length : -1;
}

export const ADDRESS_MASK = '****';

export function maskAddressPieces(raw: string): { text: string; hidden: boolean }[] {
  const original = chars(clip(raw));
  const cut = hiddenFrom(raw);
  if (cut === -1) return original.length ? [{ text: original.join(''), hidden: false }] : [];
  const kept = original.slice(0, cut).join('').trimEnd();
  return [
    ...(kept ? [{ text: kept, hidden: false }] : []),
    { text: ADDRESS_MASK, hidden: true },
  ];
}

export function maskAddress(raw: string): string {
  return maskAddressPieces(raw)
    .map((piece) => piece.text)
    .join('');
}

/** The unit, floor, room or household numbers a printed address still shows. */
export function visibleUnits(printed: string): string[] {
  return addressParts(printed)
    .filter((part) => part.kind === 'unit' && /[\d一二三四五六七八九十百零〇两A-Za-z]/u.test(part.text))
    .map((part) => part.text);
}
