import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/lib/colour/contrast.ts';
import { derivePalette, paletteProblems, THEME_BACKGROUNDS, THEME_RATIO, type Theme } from '../../src/lib/colour/palette.ts';

describe('contrast', () => {
  it('measures as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The familiar AA edge: #767676 on white is 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('an edition palette from one brand colour', () => {
  it.each(['#0b5cad', '#1a6b3c', '#c0392b', '#5b2a86', '#000000'])('%s gives every theme an accent that passes', (brand) => {
    const palette = derivePalette(brand as `#${string}`);
    expect(paletteProblems(palette)).toEqual([]);
    for (const theme of Object.keys(THEME_BACKGROUNDS) as Theme[]) {
      for (const background of THEME_BACKGROUNDS[theme]) expect(contrast(palette[theme].accent, background)).toBeGreaterThanOrEqual(THEME_RATIO[theme]);
      expect(contrast(palette[theme].text, palette[theme].accent)).toBeGreaterThanOrEqual(THEME_RATIO[theme]);
    }
  });

  it('keeps the light theme as given and refuses a colour white text cannot sit on, naming the theme and the ratio', () => {
    expect(derivePalette('#0b5cad').light.accent).toBe('#0b5cad');
    const problems = paletteProblems(derivePalette('#ffcc00'));
    expect(problems).toContain('#ffffff text on #ffcc00 reaches 1.51:1 in the light theme; it needs 4.5:1');
    expect(problems.every((problem) => problem.includes('light theme'))).toBe(true);
  });

  it('checks against the backgrounds the stylesheet really has', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const block = (selector: RegExp) => css.slice(css.search(selector));
    const background = (text: string, token: string) => new RegExp(`--color-${token}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1]?.toLowerCase();
    const light = block(/:root\s*\{/);
    const dark = block(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root/);
    const high = block(/html\[data-contrast='high'\]\s*\{/);
    const highDark = block(/@media \(prefers-color-scheme: dark\)\s*\{\s*html\[data-contrast='high'\]/);
    for (const [theme, text] of [['light', light], ['dark', dark], ['highLight', high], ['highDark', highDark]] as const) {
      for (const token of ['bg', 'surface']) expect(THEME_BACKGROUNDS[theme], `${theme} ${token}`).toContain(background(text, token));
    }
  });
});
