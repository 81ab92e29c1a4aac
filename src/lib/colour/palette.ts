import { contrast, reachContrast, type Hex } from './contrast.ts';

/**
 * An edition gives one brand colour; the site needs an accent for each theme (light, dark,
 * and the high-contrast pair) that links and buttons can use on that theme's backgrounds.
 * The light theme uses the colour as given; the others are derived from it, lightened or
 * darkened just enough. Every pair is then measured, so a colour that would put text below
 * WCAG AA (4.5:1; 7:1 in high contrast) is refused with the theme and the ratio.
 */

/** The backgrounds of each theme in src/styles/global.css (a unit test keeps them in step). */
export const THEME_BACKGROUNDS = {
  light: ['#fdfcf8', '#ffffff', '#f3f1ea'],
  dark: ['#141412', '#1e1e1b', '#282824'],
  highLight: ['#ffffff', '#eeeeee'],
  highDark: ['#000000', '#1a1a1a'],
} as const;

export type Theme = keyof typeof THEME_BACKGROUNDS;

/** The contrast each theme needs: AA in the usual themes, AAA in the high-contrast ones. */
export const THEME_RATIO: Record<Theme, number> = { light: 4.5, dark: 4.5, highLight: 7, highDark: 7 };

/** What a derived accent aims for: above the need, for older eyes on a dim phone at night. */
const AIM: Record<Exclude<Theme, 'light'>, number> = { dark: 7, highLight: 8, highDark: 10 };

export interface ThemeAccent {
  /** Links, buttons, the header's band. */
  accent: Hex;
  /** Text on the accent (a button's label). */
  text: Hex;
}

export type Palette = Record<Theme, ThemeAccent>;

const WHITE = '#ffffff';
const BLACK = '#000000';

/** The accent of every theme for `brand` ("#1a6b3c"), before checking. */
export function derivePalette(brand: Hex): Palette {
  const toward = (theme: Exclude<Theme, 'light'>, target: string) => reachContrast(brand, target, THEME_BACKGROUNDS[theme], AIM[theme]) ?? (target as Hex);
  return {
    light: { accent: brand, text: WHITE },
    dark: { accent: toward('dark', WHITE), text: THEME_BACKGROUNDS.dark[0] },
    highLight: { accent: toward('highLight', BLACK), text: WHITE },
    highDark: { accent: toward('highDark', WHITE), text: BLACK },
  };
}

/** Each theme where text would fall below its ratio, as a sentence naming the pair and the ratio. */
export function paletteProblems(palette: Palette): string[] {
  const problems: string[] = [];
  for (const theme of Object.keys(palette) as Theme[]) {
    const { accent, text } = palette[theme];
    const needed = THEME_RATIO[theme];
    const pairs = [
      ...THEME_BACKGROUNDS[theme].map((background) => ({ what: `${accent} on the ${theme} background ${background}`, ratio: contrast(accent, background) })),
      { what: `${text} text on ${accent}`, ratio: contrast(text, accent) },
    ];
    for (const { what, ratio } of pairs) {
      if (ratio < needed) problems.push(`${what} reaches ${ratio.toFixed(2)}:1 in the ${theme} theme; it needs ${needed}:1`);
    }
  }
  return problems;
}
