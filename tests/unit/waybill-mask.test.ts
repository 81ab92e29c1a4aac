import { describe, expect, it } from 'vitest';
import { checkWaybill } from '../../src/lib/waybill.ts';
import {
  maskName,
  maskParty,
  maskPhone,
  maskUnit,
  MASK_MODES,
  normalizePhone,
  phoneKeep,
  toHalfWidthDigits,
  UNIT_MASK,
  type MaskedParty,
  type MaskMode,
  type WaybillParty,
} from '../../src/lib/waybill/mask.ts';

/** Judges a drawing the way the label checker judges a real label. */
const judge = (masked: MaskedParty) =>
  checkWaybill({ name: masked.name.text, phone: masked.phone.text, address: `${masked.address.text}${masked.unit.text}` });
import { barcodePattern, barcodeWidth, hiddenNote, MODE_BADGES } from '../../src/lib/waybill/present.ts';

const zhang: WaybillParty = {
  name: '张晓明',
  phone: '13812345678',
  address: '北京市朝阳区幸福路88号幸福小区5号楼',
  unit: '3单元502室',
};

describe('maskName', () => {
  it('shows the whole name in full mode, trimmed', () => {
    expect(maskName(' 张晓明 ', 'full').text).toBe('张晓明');
    expect(maskName('张晓明', 'full').hiddenCount).toBe(0);
  });

  it.each([
    ['张', '张', 0],
    ['张明', '张*', 1],
    ['张晓明', '张*明', 1],
    ['欧阳娜娜', '欧**娜', 2],
  ])('common: %s → %s', (name, out, hidden) => {
    const m = maskName(name, 'common');
    expect(m.text).toBe(out);
    expect(m.hiddenCount).toBe(hidden);
  });

  it.each([
    ['张', '*', 1],
    ['张明', '张*', 1],
    ['张晓明', '张**', 2],
    ['欧阳娜娜', '欧阳**', 2],
    ['司马光', '司马*', 1],
  ])('compliant: %s → %s', (name, out, hidden) => {
    const m = maskName(name, 'compliant');
    expect(m.text).toBe(out);
    expect(m.hiddenCount).toBe(hidden);
  });

  it('keeps separators such as · visible and does not count them', () => {
    const m = maskName('阿依古丽·买买提', 'compliant');
    expect(m.text).toBe('阿***·***');
    expect(m.hiddenCount).toBe(6);
    expect(maskName('阿依古丽·买买提', 'common').text).toBe('阿***·**提');
  });

  it('counts characters outside the BMP as one character', () => {
    expect(maskName('𠮷', 'compliant').text).toBe('*');
    expect(maskName('张𠮷', 'compliant').text).toBe('张*');
  });

  it('handles an empty name', () => {
    for (const mode of MASK_MODES) {
      expect(maskName('', mode).text).toBe('');
      expect(maskName('', mode).segments).toEqual([]);
    }
  });

  it('splits the output into merged shown and hidden segments', () => {
    expect(maskName('张晓明', 'common').segments).toEqual([
      { text: '张', hidden: false },
      { text: '*', hidden: true },
      { text: '明', hidden: false },
    ]);
    expect(maskName('欧阳娜娜', 'compliant').segments).toEqual([
      { text: '欧阳', hidden: false },
      { text: '**', hidden: true },
    ]);
  });
});

describe('normalizePhone', () => {
  it('turns full-width digits into ASCII', () => {
    expect(toHalfWidthDigits('１３８１２３４５６７８')).toBe('13812345678');
  });

  it.each([
    ['138 1234 5678', '', '13812345678'],
    ['138-1234-5678', '', '13812345678'],
    ['１３８－１２３４－５６７８', '', '13812345678'],
    ['(010) 6234-5678', '', '01062345678'],
    ['+86 138 1234 5678', '+86 ', '13812345678'],
    ['＋86 13812345678', '+86 ', '13812345678'],
    ['0086-13812345678', '+86 ', '13812345678'],
    ['', '', ''],
  ])('%s → %s%s', (raw, prefix, digits) => {
    expect(normalizePhone(raw)).toEqual({ prefix, digits });
  });
});

describe('maskPhone', () => {
  it('common output of 13812345678 is 138****5678', () => {
    const m = maskPhone('13812345678', 'common');
    expect(m.text).toBe('138****5678');
    expect(m.hiddenCount).toBe(4);
  });

  it('compliant output of 13812345678 shows only the last 4 digits', () => {
    const m = maskPhone('13812345678', 'compliant');
    expect(m.text).toBe('*******5678');
    expect(m.hiddenCount).toBe(7);
  });

  it('full mode shows the normalised number', () => {
    expect(maskPhone('138 1234 5678', 'full').text).toBe('13812345678');
    expect(maskPhone('138 1234 5678', 'full').hiddenCount).toBe(0);
  });

  it.each([
    ['138 1234 5678', 'compliant', '*******5678'],
    ['138-1234-5678', 'common', '138****5678'],
    ['１３８１２３４５６７８', 'compliant', '*******5678'],
    ['+86 138 1234 5678', 'compliant', '+86 *******5678'],
    ['+86 138 1234 5678', 'common', '+86 138****5678'],
    ['010-62345678', 'compliant', '010******78'],
    ['010-62345678', 'common', '010****5678'],
    ['62345678', 'compliant', '******78'],
    ['62345678', 'common', '62****78'],
    ['1234567', 'compliant', '******7'],
    ['123456789', 'compliant', '******789'],
    ['0571-8888-8888', 'compliant', '0571******88'],
    ['123456', 'compliant', '******'],
    ['95338', 'compliant', '*****'],
    ['95338', 'common', '****8'],
    ['110', 'compliant', '***'],
    ['110', 'common', '***'],
  ] as [string, MaskMode, string][])('%s (%s) → %s', (raw, mode, out) => {
    expect(maskPhone(raw, mode).text).toBe(out);
  });

  it('hides exactly 4 digits in common mode when the number is long enough', () => {
    for (let length = 5; length <= 16; length += 1) {
      const { head, tail } = phoneKeep(length, 'common');
      expect(length - head - tail).toBe(4);
    }
  });

  it('handles an empty phone', () => {
    expect(maskPhone('', 'compliant').text).toBe('');
    expect(maskPhone('  ', 'common').hiddenCount).toBe(0);
  });
});

describe('maskUnit', () => {
  it('shows the unit except in compliant mode', () => {
    expect(maskUnit('3单元502室', 'full').text).toBe('3单元502室');
    expect(maskUnit('3单元502室', 'common').text).toBe('3单元502室');
  });

  it('replaces the whole unit with a fixed mask in compliant mode', () => {
    expect(maskUnit('3单元502室', 'compliant')).toEqual({
      text: UNIT_MASK,
      segments: [{ text: UNIT_MASK, hidden: true }],
      hiddenCount: 7,
    });
    // The mask does not reveal how long the room number was.
    expect(maskUnit('1室', 'compliant').text).toBe(maskUnit('12单元1203室', 'compliant').text);
  });

  it('keeps an empty or missing unit empty', () => {
    for (const mode of MASK_MODES) {
      expect(maskUnit('', mode).text).toBe('');
      expect(maskUnit(undefined, mode).text).toBe('');
      expect(maskUnit('   ', mode).segments).toEqual([]);
    }
  });
});

describe('maskParty', () => {
  it('masks every field by mode', () => {
    const common = maskParty(zhang, 'common');
    expect(common.name.text).toBe('张*明');
    expect(common.phone.text).toBe('138****5678');
    expect(common.address.text).toBe(zhang.address);
    expect(common.unit.text).toBe('3单元502室');

    const compliant = maskParty(zhang, 'compliant');
    expect(compliant.name.text).toBe('张**');
    expect(compliant.phone.text).toBe('*******5678');
    expect(compliant.address.text).toBe(zhang.address);
    expect(compliant.unit.text).toBe('****');
  });

  it('does not change its input', () => {
    const copy = { ...zhang };
    maskParty(zhang, 'compliant');
    expect(zhang).toEqual(copy);
  });
});

describe('the drawings, judged by the label checker', () => {
  it('judges the common style NOT compliant: 4 hidden digits and a visible room', () => {
    const verdict = judge(maskParty(zhang, 'common'));
    expect(verdict.name.ok).toBe(true);
    expect(verdict.phone.ok).toBe(false);
    expect(verdict.address.ok).toBe(false);
  });

  it('judges full mode not compliant on every count', () => {
    const verdict = judge(maskParty(zhang, 'full'));
    expect([verdict.name.ok, verdict.phone.ok, verdict.address.ok]).toEqual([false, false, false]);
  });

  it('judges compliant mode compliant for many kinds of input', () => {
    const parties: WaybillParty[] = [
      zhang,
      { name: '张', phone: '110', address: '某地', unit: '1室' },
      { name: '欧阳娜娜', phone: '+86 138 1234 5678', address: '某地', unit: '' },
      { name: '李四', phone: '010-6234 5678', address: '某地' },
      { name: '王五', phone: '１３８１２３４５６７８', address: '某地', unit: '12单元1203室' },
      { name: '赵六', phone: '1234567', address: '某地', unit: '2-1-301' },
      { name: '𠮷', phone: '95338', address: '某地', unit: '   ' },
    ];
    for (const party of parties) expect(judge(maskParty(party, 'compliant')).compliant, party.name).toBe(true);
  });
});

describe('waybill presentation helpers', () => {
  it('has the badge texts the articles rely on, one per mode', () => {
    expect(MODE_BADGES.full.text).toBe('信息完整（危险）');
    expect(MODE_BADGES.common.text).toBe('常见打码（不达标）');
    expect(MODE_BADGES.compliant.text).toBe('隐私面单（符合国标）');
  });

  it('agrees with the checker: only the compliant drawing is judged compliant', () => {
    for (const mode of MASK_MODES) {
      expect(judge(maskParty(zhang, mode)).compliant).toBe(mode === 'compliant');
    }
  });

  it('describes hidden runs in words for screen readers', () => {
    expect(hiddenNote('phone', { text: '****', hidden: true })).toBe('（已隐藏4位数字）');
    expect(hiddenNote('name', { text: '**', hidden: true })).toBe('（已隐藏2个字）');
    expect(hiddenNote('unit', { text: '****', hidden: true })).toBe('（单元户室号已隐藏）');
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
