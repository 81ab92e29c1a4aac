/**
 * The privacy-waybill rules of GB/T 41833-2022《快递电子运单》, as two functions:
 *
 * - maskWaybill(full): what a compliant privacy waybill may print for a name, phone and
 *   address (used by the "生成隐私面单" tool and the article drawings);
 * - checkWaybill(printed): judges what a real label prints, whatever characters hide
 *   the digits (*, ＊, ×, x, ●, •, #, ?, …), with a plain-Chinese message per rule.
 *
 * The standard asks that at least 1 character of the name and at least 6 digits of the
 * phone be hidden, and that the unit, household and room numbers not be shown. Both
 * functions accept any string (full-width input, emoji, HTML-looking text, very long
 * text) and never throw; checkWaybill(maskWaybill(x)).compliant is always true (a
 * property test checks it on generated input).
 *
 * Details of each rule: src/lib/waybill/name.ts, phone.ts and address.ts.
 */
import { waybillCheck } from '../i18n/waybill-tool.ts';
import { maskAddress, visibleUnits } from './waybill/address.ts';
import { inspectName, maskName } from './waybill/name.ts';
import { inspectPhone, maskPhone, MIN_HIDDEN_DIGITS } from './waybill/phone.ts';

export interface WaybillFields {
  name: string;
  phone: string;
  address: string;
}

export interface FieldVerdict {
  ok: boolean;
  /** Characters (name) or digits (phone) concealed; for the address, readable unit parts. */
  hidden: number;
  message: string;
}

export interface WaybillVerdict {
  compliant: boolean;
  name: FieldVerdict;
  phone: FieldVerdict;
  address: FieldVerdict;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function maskWaybill(full: WaybillFields): WaybillFields {
  return { name: maskName(text(full.name)), phone: maskPhone(text(full.phone)), address: maskAddress(text(full.address)) };
}

function checkName(printed: string): FieldVerdict {
  const { hidden, visible } = inspectName(printed);
  if (hidden >= 1) return { ok: true, hidden, message: waybillCheck.nameOk(hidden) };
  if (visible === 0) return { ok: true, hidden, message: waybillCheck.nameEmpty };
  return { ok: false, hidden, message: waybillCheck.nameFail };
}

function checkPhone(printed: string): FieldVerdict {
  const { hidden, visible } = inspectPhone(printed);
  if (hidden === 0 && visible === 0) return { ok: true, hidden, message: waybillCheck.phoneEmpty };
  if (visible === 0) return { ok: true, hidden, message: waybillCheck.phoneAllHidden };
  if (hidden >= MIN_HIDDEN_DIGITS) return { ok: true, hidden, message: waybillCheck.phoneOk(hidden) };
  if (hidden === 0) return { ok: false, hidden, message: waybillCheck.phoneNoneHidden };
  return { ok: false, hidden, message: waybillCheck.phoneFail(hidden) };
}

function checkAddress(printed: string): FieldVerdict {
  const shown = visibleUnits(printed);
  if (shown.length === 0) return { ok: true, hidden: 0, message: waybillCheck.addressOk };
  return { ok: false, hidden: shown.length, message: waybillCheck.addressFail(shown.join('')) };
}

export function checkWaybill(printed: WaybillFields): WaybillVerdict {
  const name = checkName(text(printed.name));
  const phone = checkPhone(text(printed.phone));
  const address = checkAddress(text(printed.address));
  return { compliant: name.ok && phone.ok && address.ok, name, phone, address };
}
