/**
 * The privacy-waybill rules of GB/T 41833-2022《快递电子运单》: one model, two functions.
 *
 * - maskWaybill(fields, mode): what a label prints for a name, phone and address, as
 *   runs of shown and hidden text. `compliant` is the minimum the standard asks for (the
 *   "生成隐私面单" tool, the article drawings); `common` is the familiar 张*明 / 138****5678
 *   style that does not meet it; `full` hides nothing.
 * - checkWaybill(printed): judges what a real label prints, whatever characters hide the
 *   digits (*, ＊, ×, x, ●, •, #, ?, …). It returns a status and a code per field; the
 *   sentences that explain a code live with the UI strings (src/i18n/waybill-tool.ts), and
 *   waybill/verdict-words.ts puts the two together.
 *
 * The standard: hide at least 1 character of the name, at least 6 digits of the phone,
 * and the unit, household and room numbers. Both functions take any string (full-width
 * input, emoji, HTML-looking text, very long text) and never throw. Masker and checker
 * read addresses through one parser, so whatever the masker hides as possibly a unit,
 * floor-room or household number, the checker at least warns about; a hand-written table
 * of real-looking labels (tests/fixtures/waybill/labels.ts) checks both against the
 * standard's words rather than against each other.
 *
 * Each rule in detail: src/lib/waybill/name.ts, phone.ts and address.ts.
 */
import { inspectAddress, maskAddressPieces } from './waybill/address.ts';
import { chars, clip } from './waybill/characters.ts';
import { commonNamePieces, inspectName, maskNamePieces } from './waybill/name.ts';
import { commonPhonePieces, inspectPhone, isVirtualNumber, maskPhonePieces, MIN_HIDDEN_DIGITS, plainPhonePieces } from './waybill/phone.ts';

export interface WaybillFields {
  name: string;
  phone: string;
  address: string;
}

export const FIELDS = ['name', 'phone', 'address'] as const;
export type Field = (typeof FIELDS)[number];

/** How much of a label to hide. */
export type MaskMode = 'full' | 'common' | 'compliant';
/** In the order the site shows them: most dangerous first. */
export const MASK_MODES: readonly MaskMode[] = ['full', 'common', 'compliant'];

/** One run of a printed field: the original characters, or a mask standing for hidden ones. */
export interface MaskSegment {
  text: string;
  hidden: boolean;
}

export interface MaskedField {
  /** The whole field as printed, e.g. "*******5678". */
  text: string;
  /** The same text as shown and hidden runs, neighbours merged, so a renderer can say what is hidden. */
  segments: MaskSegment[];
  /** Characters (name), digits (phone) or address characters the masks stand for. */
  hiddenCount: number;
}

export type MaskedWaybill = Record<Field, MaskedField>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function field(segments: readonly MaskSegment[]): MaskedField {
  const merged: MaskSegment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.hidden === segment.hidden) last.text += segment.text;
    else merged.push({ ...segment });
  }
  const hiddenCount = merged.filter((s) => s.hidden).reduce((sum, s) => sum + chars(s.text).length, 0);
  return { text: merged.map((s) => s.text).join(''), segments: merged, hiddenCount };
}

const shown = (value: string): MaskedField => field([{ text: clip(value), hidden: false }]);

function maskAddress(value: string, mode: MaskMode): MaskedField {
  if (mode !== 'compliant') return shown(value);
  const { pieces, removed } = maskAddressPieces(value);
  return { ...field(pieces), hiddenCount: removed };
}

export function maskWaybill(fields: WaybillFields, mode: MaskMode = 'compliant'): MaskedWaybill {
  const name = text(fields.name);
  const phone = text(fields.phone);
  return {
    name: mode === 'full' ? shown(name) : field(mode === 'common' ? commonNamePieces(name) : maskNamePieces(name)),
    phone: field(mode === 'full' ? plainPhonePieces(phone) : mode === 'common' ? commonPhonePieces(phone) : maskPhonePieces(phone)),
    address: maskAddress(text(fields.address), mode),
  };
}

/** The printed text of each field: what a label shows. */
export function printed(masked: MaskedWaybill): WaybillFields {
  return { name: masked.name.text, phone: masked.phone.text, address: masked.address.text };
}

/* ---------------------------------------------------------------------------------- */

/** `warn`: not clearly required by the standard, but it may point at one household. */
export type FieldStatus = 'ok' | 'warn' | 'fail';

export type VerdictCode =
  | 'name-hidden'
  | 'name-empty'
  | 'name-shown'
  | 'phone-hidden'
  | 'phone-all-hidden'
  | 'phone-virtual'
  | 'phone-empty'
  | 'phone-none-hidden'
  | 'phone-too-few'
  | 'address-ok'
  | 'address-unit-shown'
  | 'address-maybe-unit';

export interface FieldVerdict {
  status: FieldStatus;
  code: VerdictCode;
  /** Characters (name) or digits (phone) concealed; 0 for the address. */
  hidden: number;
  /** For the address: the parts still readable that the verdict is about ("2单元", "501室"). */
  shown: string[];
}

export interface WaybillVerdict extends Record<Field, FieldVerdict> {
  /** No field fails the standard. */
  compliant: boolean;
  /** Compliant, but something may still point at one household. */
  warnings: boolean;
}

function verdict(status: FieldStatus, code: VerdictCode, hidden = 0, shownParts: string[] = []): FieldVerdict {
  return { status, code, hidden, shown: shownParts };
}

function checkName(value: string): FieldVerdict {
  const { hidden, visible } = inspectName(value);
  if (hidden >= 1) return verdict('ok', 'name-hidden', hidden);
  if (visible === 0) return verdict('ok', 'name-empty');
  return verdict('fail', 'name-shown');
}

function checkPhone(value: string): FieldVerdict {
  const { hidden, visible } = inspectPhone(value);
  if (hidden === 0 && visible === 0) return verdict('ok', 'phone-empty');
  if (isVirtualNumber(value)) return verdict('ok', 'phone-virtual');
  if (visible === 0) return verdict('ok', 'phone-all-hidden', hidden);
  if (hidden >= MIN_HIDDEN_DIGITS) return verdict('ok', 'phone-hidden', hidden);
  if (hidden === 0) return verdict('fail', 'phone-none-hidden');
  return verdict('fail', 'phone-too-few', hidden);
}

function checkAddress(value: string): FieldVerdict {
  const { status, shown: parts } = inspectAddress(value);
  if (status === 'fail') return verdict('fail', 'address-unit-shown', 0, parts);
  if (status === 'warn') return verdict('warn', 'address-maybe-unit', 0, parts);
  return verdict('ok', 'address-ok');
}

export function checkWaybill(label: WaybillFields): WaybillVerdict {
  const name = checkName(text(label.name));
  const phone = checkPhone(text(label.phone));
  const address = checkAddress(text(label.address));
  const all = [name, phone, address];
  const compliant = all.every((v) => v.status !== 'fail');
  return { compliant, warnings: compliant && all.some((v) => v.status === 'warn'), name, phone, address };
}
