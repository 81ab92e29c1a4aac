import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWaybill, maskWaybill, printed, type WaybillFields } from '../../src/lib/waybill.ts';
import { waybillCheck } from '../../src/i18n/waybill-tool.ts';
import { verdictMessage } from '../../src/lib/waybill/verdict-words.ts';

const full = (name: string, phone: string, address: string): WaybillFields => ({ name, phone, address });

describe('maskWaybill', () => {
  it.each([
    ['张小明', '张**'],
    ['张明', '张*'],
    ['张', '*'],
    ['欧阳娜娜', '欧阳**'],
    ['司马光', '司马*'],
    ['诸葛亮', '诸葛*'],
    ['上官婉儿', '上官**'],
    ['欧阳', '欧*'],
    ['阿依古丽·买买提', '阿***·***'],
    ['John Smith', 'J*** *****'],
    ['', ''],
  ])('name %j → %j', (name, masked) => {
    expect(maskWaybill(full(name, '', '')).name.text).toBe(masked);
  });

  it.each([
    ['13812345678', '*******5678'],
    ['138 1234 5678', '*******5678'],
    ['１３８－１２３４－５６７８', '*******5678'],
    ['+86 138-1234-5678', '+86 *******5678'],
    ['0086 13812345678', '+86 *******5678'],
    ['010-62345678', '010******78'],
    ['0571-8888-6666', '0571******66'],
    ['(021) 6234-5678', '021******78'],
    ['010-62345678转123', '010******78转***'],
    ['0571-8888666', '0571******6'],
    ['95338', '*****'],
    ['400123456', '******456'],
    ['', ''],
  ])('phone %j → %j', (phone, masked) => {
    expect(maskWaybill(full('', phone, '')).phone.text).toBe(masked);
  });

  it.each([
    ['浙江省某市某区幸福路88号幸福小区3幢2单元501室', '浙江省某市某区幸福路88号幸福小区****'],
    ['北京市朝阳区幸福小区5号楼3单元502室', '北京市朝阳区幸福小区****'],
    ['上海市某区某路100弄12号1203室', '上海市某区某路100弄12号****'],
    ['某市某区华庭A座1203', '某市某区华庭****'],
    ['某小区5-2-301', '某小区****'],
    ['某小区6栋', '某小区****'],
    ['某小区一单元六层', '某小区****'],
    ['某县三户村12组', '某县三户村12组'],
    ['幸福路88号', '幸福路88号'],
    ['', ''],
  ])('address %j → %j', (address, masked) => {
    expect(maskWaybill(full('', '', address)).address.text).toBe(masked);
  });
});

describe('checkWaybill', () => {
  it('explains why the familiar 138****5678 label fails', () => {
    const verdict = checkWaybill(full('张*明', '138****5678', '幸福小区3幢2单元501室'));
    expect(verdict.compliant).toBe(false);
    expect(verdict.name).toMatchObject({ status: 'ok', code: 'name-hidden', hidden: 1 });
    expect(verdict.phone).toMatchObject({ status: 'fail', code: 'phone-too-few', hidden: 4 });
    expect(verdictMessage(verdict.phone, waybillCheck)).toContain('只藏了 4 位数字。国家标准要求至少藏起 6 位');
    expect(verdict.address).toMatchObject({ status: 'fail', code: 'address-unit-shown', shown: ['2单元', '501室'] });
    expect(verdictMessage(verdict.address, waybillCheck)).toContain('“2单元501室”');
  });

  it('reads a virtual number with an extension as the real number hidden whole, as the standard recommends', () => {
    for (const printed of ['17012345678转1234', '170-1234-5678 转 1234', '17012345678分机1234']) {
      const verdict = checkWaybill(full('张*', printed, '幸福小区'));
      expect(verdict.phone, printed).toMatchObject({ status: 'ok', code: 'phone-virtual' });
      expect(verdict.compliant).toBe(true);
      expect(verdictMessage(verdict.phone, waybillCheck)).toContain('真实手机号没有印在面单上');
    }
    // An extension does not excuse a real number printed in the clear without one, nor a short stub.
    expect(checkWaybill(full('张*', '13812345678', '幸福小区')).phone.code).toBe('phone-none-hidden');
    expect(checkWaybill(full('张*', '123转45', '幸福小区')).phone.code).not.toBe('phone-virtual');
  });

  it.each([
    ['138******78', 6, true],
    ['138×××××78', 5, false],
    ['１３８＊＊＊＊＊＊７８', 6, true],
    ['138xxxxxx78', 6, true],
    ['138●●●●●●78', 6, true],
    ['138••••••78', 6, true],
    ['138######78', 6, true],
    ['138??????78', 6, true],
    ['138…5678', 4, false],
    ['1……78', 8, true],
    ['+86 138****5678', 4, false],
    ['*******', 7, true],
    ['13812345678', 0, false],
  ])('phone %j hides %i digits (ok: %s)', (phone, hidden, ok) => {
    expect(checkWaybill(full('*', phone, '')).phone).toMatchObject({ hidden, status: ok ? 'ok' : 'fail' });
  });

  it('reads "x" as a mask next to Chinese or in a run, but not inside a Latin name', () => {
    expect(checkWaybill(full('李xx', '', '')).name).toMatchObject({ status: 'ok', hidden: 2 });
    expect(checkWaybill(full('Lxxx', '', '')).name).toMatchObject({ status: 'ok', hidden: 3 });
    expect(checkWaybill(full('Alex', '', '')).name.status).toBe('fail');
    expect(verdictMessage(checkWaybill(full('张小明', '', '')).name, waybillCheck)).toContain('至少藏起 1 个字');
  });

  it('accepts a building, warns about a floor or an unmarked number, fails a unit, household or room', () => {
    const address = (value: string) => checkWaybill(full('*', '*', value)).address.status;
    expect(address('幸福小区5号楼')).toBe('ok');
    expect(address('幸福路88号')).toBe('ok');
    expect(address('某县三户村')).toBe('ok');
    expect(address('幸福小区5号楼**单元***室')).toBe('ok');
    expect(address('幸福小区一单元')).toBe('fail');
    // A floor is not 单元户室号, but with a building it can point at a few homes: warn.
    expect(address('幸福小区6楼')).toBe('warn');
    expect(address('幸福家园902')).toBe('warn');
    expect(address('幸福小区5-2-301')).toBe('fail');
    expect(address('幸福小区3栋301')).toBe('fail');
    expect(address('幸福小区6栋702房')).toBe('fail');
    expect(verdictMessage(checkWaybill(full('*', '*', '幸福家园902')).address, waybillCheck)).toContain('“902”');
  });

  it('treats empty fields as printing nothing', () => {
    expect(checkWaybill(full('', '', '')).compliant).toBe(true);
  });

  it('never throws and never returns HTML for hostile or odd input', () => {
    const odd = ['<img src=x onerror=alert(1)>', '😀😀', '\u0000', 'a'.repeat(10_000), '１２３４５６７８９０１２３'];
    for (const value of odd) {
      expect(() => checkWaybill(full(value, value, value))).not.toThrow();
      expect(() => maskWaybill(full(value, value, value))).not.toThrow();
    }
    // @ts-expect-error: callers from plain JavaScript may pass anything.
    expect(() => checkWaybill({ name: null, phone: 5, address: undefined })).not.toThrow();
  });
});

describe('the property that ties them together', () => {
  const han = fc.constantFrom(...Array.from('张王李赵欧阳司马诸葛上官娜小明红军华伟芳'));
  const chineseName = fc.array(han, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
  const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);
  const landline = fc.tuple(fc.constantFrom('010', '021', '0571', '0755'), fc.stringMatching(/^\d{7,8}$/)).map(([a, b]) => `${a}-${b}`);
  const decorated = (phone: fc.Arbitrary<string>) =>
    fc.tuple(fc.constantFrom('', '+86 ', '0086'), phone, fc.constantFrom('', ' ', '-')).map(([p, n, sep]) => `${p}${n.replace(/(\d{3})(\d{4})/, `$1${sep}$2`)}`);
  const address = fc
    .tuple(
      fc.constantFrom('浙江省某市某区', '北京市朝阳区', '某县'),
      fc.constantFrom('幸福路88号', '某街12号', '某村5组12号', ''),
      fc.constantFrom('幸福小区', '某花园', '华庭'),
      fc.constantFrom('', '3幢', '5号楼', 'A座', '6栋'),
      fc.constantFrom('', '2单元', '一单元', '12层'),
      fc.constantFrom('', '501室', '702房', '1203', '3户', '-2-301', '902'),
    )
    .map((parts) => parts.join(''));

  it('every masked waybill passes the checker (realistic input)', () => {
    fc.assert(
      fc.property(chineseName, fc.oneof(decorated(mobile), landline), address, (name, phone, addr) => {
        const verdict = checkWaybill(printed(maskWaybill({ name, phone, address: addr })));
        return verdict.compliant && !verdict.warnings;
      }),
      { numRuns: 2000 },
    );
  });

  it('every masked waybill passes the checker (any string at all)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (name, phone, addr) => {
        const verdict = checkWaybill(printed(maskWaybill({ name, phone, address: addr })));
        return verdict.compliant && !verdict.warnings;
      }),
      { numRuns: 3000 },
    );
  });

  it('whatever the checker flags in an address, the masker hides', () => {
    fc.assert(
      fc.property(address, (addr) => {
        const flagged = checkWaybill(full('', '', addr)).address.status !== 'ok';
        return !flagged || maskWaybill(full('', '', addr)).address.hiddenCount > 0;
      }),
      { numRuns: 2000 },
    );
  });
});
