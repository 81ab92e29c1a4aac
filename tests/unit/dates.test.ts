import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDay } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('writes partial dates the Chinese way', () => {
    expect(formatPartialDate('2023-09-20')).toBe('2023年9月20日');
    expect(formatPartialDate('2022-11')).toBe('2022年11月');
    expect(formatPartialDate('2022')).toBe('2022年');
    expect(() => formatPartialDate('20/9/2023')).toThrow();
  });

  it('formats frontmatter dates without a timezone shift', () => {
    const date = new Date('2026-11-25');
    expect(formatDate(date)).toBe('2026年11月25日');
    expect(isoDay(date)).toBe('2026-11-25');
  });
});
