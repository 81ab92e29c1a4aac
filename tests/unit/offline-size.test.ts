import { describe, expect, it } from 'vitest';
import { readableSize } from '../../src/lib/offline/size.ts';

describe('the offline copy\'s size as a reader reads it', () => {
  it('says KB below a megabyte, rounded up', () => {
    expect(readableSize(100)).toBe('1 KB');
    expect(readableSize(850 * 1024 + 1)).toBe('851 KB');
  });

  it('says MB with one decimal from a megabyte, rounded up', () => {
    expect(readableSize(1024 * 1024)).toBe('1.0 MB');
    expect(readableSize(1.21 * 1024 * 1024)).toBe('1.3 MB');
  });
});
