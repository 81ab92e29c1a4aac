import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/client/quiz/card-image.ts';

/** Every character is 1 wide, so maxWidth is a character count. */
const unit = (s: string) => Array.from(s).length;

describe('wrapText', () => {
  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('不点陌生人发来的链接', 4, unit)).toEqual(['不点陌生', '人发来的', '链接']);
  });

  it('keeps text that fits on one line', () => {
    expect(wrapText('先挂断', 3, unit)).toEqual(['先挂断']);
    expect(wrapText('先挂断', 10, unit)).toEqual(['先挂断']);
  });

  it('measures each character, so a measure that ignores length still works', () => {
    expect(wrapText('abcdef', 4, () => 1)).toEqual(['abcd', 'ef']);
  });

  it('hangs closing punctuation instead of starting a line with it', () => {
    expect(wrapText('先挂断，再核实。', 3, unit)).toEqual(['先挂断，', '再核实。']);
  });

  it('keeps Latin words and numbers whole when they fit', () => {
    expect(wrapText('拨打96110咨询', 5, unit)).toEqual(['拨打', '96110', '咨询']);
    expect(wrapText('官方APP里', 4, unit)).toEqual(['官方', 'APP里']);
  });

  it('splits a word longer than a line', () => {
    expect(wrapText('https://a.example', 6, unit)).toEqual(['https:', '//a.ex', 'ample']);
  });

  it('drops spaces at a break', () => {
    expect(wrapText('call the bank', 5, unit)).toEqual(['call', 'the', 'bank']);
  });

  it('honours newlines and handles empty input', () => {
    expect(wrapText('一二\n三', 5, unit)).toEqual(['一二', '三']);
    expect(wrapText('', 5, unit)).toEqual([]);
  });

  it('never exceeds maxWidth except for hanging punctuation, and loses no characters', () => {
    const text = '收到“快递丢失理赔”电话，先挂断；用购物软件里的官方客服核实，不加陌生人微信，不点对方发来的链接。';
    for (const max of [3, 5, 8, 13]) {
      const lines = wrapText(text, max, unit);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        const trimmed = /[，。；”]$/.test(line) ? line.slice(0, -1) : line;
        expect(unit(trimmed)).toBeLessThanOrEqual(max);
      }
    }
  });
});
