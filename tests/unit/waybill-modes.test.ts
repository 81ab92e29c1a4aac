import { describe, expect, it } from 'vitest';
import { checkWaybill, MASK_MODES, maskWaybill, printed, type MaskMode, type WaybillFields } from '../../src/lib/waybill.ts';
import { ui } from '../../src/i18n/ui.ts';
import { barcodePattern, barcodeWidth, hiddenNote, MODE_BADGES } from '../../src/lib/waybill/present.ts';

// The three ways the site draws one label (the article drawings), from the one model the
// tool uses: nothing hidden, the familiar style, and what the standard asks for.
const only = (field: keyof WaybillFields, value: string, mode: MaskMode) =>
  maskWaybill({ name: '', phone: '', address: '', [field]: value }, mode)[field];

const zhang: WaybillFields = { name: '张晓明', phone: '13812345678', address: '北京市朝阳区幸福路88号幸福小区5号楼3单元502室' };

describe('names in each mode', () => {
  it('shows the whole name in full mode, trimmed', () => {
    expect(only('name', ' 张晓明 ', 'full').text).toBe('张晓明');
    expect(only('name', '张晓明', 'full').hiddenCount).toBe(0);
  });

  it.each([
    ['张', '张', 0],
    ['张明', '张*', 1],
    ['张晓明', '张*明', 1],
    ['欧阳娜娜', '欧**娜', 2],
  ])('common: %s → %s', (name, out, hidden) => {
    expect(only('name', name, 'common')).toMatchObject({ text: out, hiddenCount: hidden });
  });

  it.each([
    ['张', '*', 1],
    ['张明', '张*', 1],
    ['张晓明', '张**', 2],
    ['欧阳娜娜', '欧阳**', 2],
    ['司马光', '司马*', 1],
  ])('compliant: %s → %s', (name, out, hidden) => {
    expect(only('name', name, 'compliant')).toMatchObject({ text: out, hiddenCount: hidden });
  });

  it('keeps separators such as · visible and does not count them', () => {
    expect(only('name', '阿依古丽·买买提', 'compliant')).toMatchObject({ text: '阿***·***', hiddenCount: 6 });
    expect(only('name', '阿依古丽·买买提', 'common').text).toBe('阿***·**提');
  });

  it('counts characters outside the BMP as one character', () => {
    expect(only('name', '𠮷', 'compliant').text).toBe('*');
    expect(only('name', '张𠮷', 'compliant').text).toBe('张*');
  });

  it('splits the output into merged shown and hidden segments, and keeps an empty name empty', () => {
    expect(only('name', '张晓明', 'common').segments).toEqual([
      { text: '张', hidden: false },
      { text: '*', hidden: true },
      { text: '明', hidden: false },
    ]);
    expect(only('name', '欧阳娜娜', 'compliant').segments).toEqual([
      { text: '欧阳', hidden: false },
      { text: '**', hidden: true },
    ]);
    for (const mode of MASK_MODES) expect(only('name', '', mode)).toEqual({ text: '', segments: [], hiddenCount: 0 });
  });
});

describe('phones in each mode', () => {
  it.each([
    ['13812345678', 'full', '13812345678', 0],
    ['138 1234 5678', 'full', '13812345678', 0],
    ['13812345678', 'common', '138****5678', 4],
    ['13812345678', 'compliant', '*******5678', 7],
    ['138-1234-5678', 'common', '138****5678', 4],
    ['１３８１２３４５６７８', 'compliant', '*******5678', 7],
    ['+86 138 1234 5678', 'compliant', '+86 *******5678', 7],
    ['+86 138 1234 5678', 'common', '+86 138****5678', 4],
    ['010-62345678', 'compliant', '010******78', 6],
    ['010-62345678', 'common', '010****5678', 4],
    ['62345678', 'common', '62****78', 4],
    ['95338', 'compliant', '*****', 5],
    ['95338', 'common', '****8', 4],
    ['110', 'common', '***', 3],
    ['', 'common', '', 0],
  ] as [string, MaskMode, string, number][])('%s (%s) → %s', (raw, mode, out, hidden) => {
    expect(only('phone', raw, mode)).toMatchObject({ text: out, hiddenCount: hidden });
  });

  it('hides exactly 4 digits in common mode when the number is long enough', () => {
    for (let length = 5; length <= 16; length += 1) {
      expect(only('phone', '9'.repeat(length), 'common').hiddenCount).toBe(4);
    }
  });
});

describe('addresses in each mode', () => {
  it('shows the address except in compliant mode, which ends it with one fixed mask', () => {
    expect(only('address', zhang.address, 'full').text).toBe(zhang.address);
    expect(only('address', zhang.address, 'common').text).toBe(zhang.address);
    expect(only('address', zhang.address, 'compliant')).toEqual({
      text: '北京市朝阳区幸福路88号幸福小区****',
      segments: [
        { text: '北京市朝阳区幸福路88号幸福小区', hidden: false },
        { text: '****', hidden: true },
      ],
      hiddenCount: 10,
    });
    // The mask does not reveal how long the room number was.
    expect(only('address', '某小区1室', 'compliant').text).toBe(only('address', '某小区12单元1203室', 'compliant').text);
  });
});

describe('the drawings, judged by the label checker', () => {
  const judge = (mode: MaskMode, fields = zhang) => checkWaybill(printed(maskWaybill(fields, mode)));

  it('judges the common style NOT compliant: 4 hidden digits and a visible room', () => {
    const verdict = judge('common');
    expect([verdict.name.status, verdict.phone.status, verdict.address.status]).toEqual(['ok', 'fail', 'fail']);
  });

  it('judges full mode not compliant on every count', () => {
    const verdict = judge('full');
    expect([verdict.name.status, verdict.phone.status, verdict.address.status]).toEqual(['fail', 'fail', 'fail']);
  });

  it('judges compliant mode compliant, with nothing to warn about, for many kinds of input', () => {
    const people: WaybillFields[] = [
      zhang,
      { name: '张', phone: '110', address: '某地1室' },
      { name: '欧阳娜娜', phone: '+86 138 1234 5678', address: '某地' },
      { name: '李四', phone: '010-6234 5678', address: '某地幸福家园902' },
      { name: '王五', phone: '１３８１２３４５６７８', address: '某地12单元1203室' },
      { name: '赵六', phone: '1234567', address: '某地2-1-301' },
      { name: '𠮷', phone: '95338', address: '某村5组12号' },
    ];
    for (const person of people) {
      const verdict = judge('compliant', person);
      expect([verdict.compliant, verdict.warnings], person.name).toEqual([true, false]);
    }
  });
});

describe('waybill presentation helpers', () => {
  it('has a badge for every mode, each of a different tone', () => {
    expect(Object.keys(MODE_BADGES).sort()).toEqual([...MASK_MODES].sort());
    expect(new Set(Object.values(MODE_BADGES).map((badge) => badge.tone)).size).toBe(MASK_MODES.length);
  });

  it('describes hidden runs in words for screen readers', () => {
    expect(hiddenNote('phone', { text: '****', hidden: true }, ui.waybill)).toBe('（已隐藏4位数字）');
    expect(hiddenNote('name', { text: '**', hidden: true }, ui.waybill)).toBe('（已隐藏2个字）');
    expect(hiddenNote('address', { text: '****', hidden: true }, ui.waybill)).toBe('（楼栋、单元和户室号已隐藏）');
  });

  it('draws the same decorative barcode every time', () => {
    const bars = barcodePattern();
    expect(bars).toEqual(barcodePattern());
    expect(bars.length).toBeGreaterThan(10);
    expect(barcodeWidth(bars)).toBeGreaterThan(0);
    for (const bar of bars) expect(bar.width).toBeGreaterThanOrEqual(1);
    expect(barcodeWidth([])).toBe(0);
  });
});
