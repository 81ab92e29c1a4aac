import type { Plugin } from 'vite';
import { edition } from '../config/edition.ts';
import { derivePalette, paletteProblems } from '../lib/colour/palette.ts';

/**
 * The edition's brand colour (content/edition.yaml) as CSS custom properties, for the site's
 * stylesheet: the layouts import `virtual:edition.css`, and it is bundled with the rest of the
 * CSS, so the colour is written in one place and costs no extra request. The accent of each
 * theme (light, dark, high contrast light and dark) is derived from the one colour, and a
 * colour that would put text below WCAG AA stops the build, naming the field.
 */
const ID = 'virtual:edition.css';

const palette = derivePalette(edition.colour as `#${string}`);
const problems = paletteProblems(palette);
if (problems.length > 0) {
  throw new Error(`content/edition.yaml: colour ${edition.colour} cannot carry text:\n${problems.map((p) => `  - ${p}`).join('\n')}\nPick a darker colour.`);
}

const css = `:root {
  --color-brand: ${edition.colour};
  --accent-light: ${palette.light.accent};
  --accent-light-text: ${palette.light.text};
  --accent-dark: ${palette.dark.accent};
  --accent-dark-text: ${palette.dark.text};
  --accent-high-light: ${palette.highLight.accent};
  --accent-high-light-text: ${palette.highLight.text};
  --accent-high-dark: ${palette.highDark.accent};
  --accent-high-dark-text: ${palette.highDark.text};
}
`;

export function editionStyles(): Plugin {
  return {
    name: 'kuaidi-edition-styles',
    resolveId: (id) => (id === ID ? `/${ID}` : undefined),
    load: (id) => (id === `/${ID}` ? css : undefined),
  };
}
