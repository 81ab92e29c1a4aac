import { describe, expect, it } from 'vitest';
import { defaultMark, logoOnTile } from '../../src/lib/share/app-mark.ts';

describe('logoOnTile: any logo becomes a square icon', () => {
  it('nests the logo inside a 64-unit white tile with a margin, keeping its viewBox', () => {
    const tile = logoOnTile('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="300" height="120"><rect width="100" height="40"/></svg>');
    expect(tile.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#ffffff"/>')).toBe(true);
    expect(tile).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" x="6" y="6" width="52" height="52">');
    expect(tile).not.toContain('<?xml');
    expect(tile).not.toContain('width="300"');
    // The logo's own children are untouched.
    expect(tile).toContain('<rect width="100" height="40"/></svg></svg>');
  });

  it('gives a logo drawn with only a width and a height the viewBox that keeps it whole', () => {
    expect(logoOnTile('<svg width="48px" height="24"><circle r="4"/></svg>')).toContain('<svg viewBox="0 0 48 24" x="6" y="6" width="52" height="52">');
  });

  it('refuses text that holds no SVG drawing', () => {
    expect(() => logoOnTile('<html></html>')).toThrow(/no <svg> element/);
  });
});

describe('defaultMark', () => {
  it('paints the default mark in the edition colour it is given', () => {
    const mark = defaultMark('#1a6b3c');
    expect(mark.match(/#1a6b3c/g)).toHaveLength(2);
    expect(mark).not.toContain('#0b5cad');
  });
});
