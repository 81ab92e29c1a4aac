import { describe, expect, it } from 'vitest';
import { CHINESE_CHARS_PER_MINUTE, readingMinutes, visibleText } from '../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts Chinese characters at a slow, kind pace', () => {
    expect(readingMinutes('字'.repeat(CHINESE_CHARS_PER_MINUTE))).toBe(1);
    expect(readingMinutes('字'.repeat(CHINESE_CHARS_PER_MINUTE + 1))).toBe(2);
    expect(readingMinutes('字'.repeat(CHINESE_CHARS_PER_MINUTE * 6))).toBe(6);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('ignores markup the reader never sees', () => {
    const source = "import X from './x'\n<Callout kind=\"warning\" title=\"标题\">正文</Callout>\n[链接](/articles/very-long-path/)";
    const text = visibleText(source);
    expect(text).not.toContain('import');
    expect(text).not.toContain('Callout');
    expect(text).not.toContain('very-long-path');
    expect(text).toContain('正文');
    expect(text).toContain('链接');
  });

  it('counts mixed Latin words such as U盘 and 96110', () => {
    expect(readingMinutes('word '.repeat(400))).toBe(2);
  });
});
