import type { Plugin } from 'vite';
import { edition } from '../config/edition.ts';

/**
 * The edition's brand colour (content/edition.yaml) as a CSS custom property, for the site's
 * stylesheet: the layouts import `virtual:edition.css`, and it is bundled with the rest of the
 * CSS, so the colour is written in one place and costs no extra request.
 */
const ID = 'virtual:edition.css';

export function editionStyles(): Plugin {
  return {
    name: 'kuaidi-edition-styles',
    resolveId: (id) => (id === ID ? `/${ID}` : undefined),
    load: (id) => (id === `/${ID}` ? `:root {\n  --color-brand: ${edition.colour};\n}\n` : undefined),
  };
}
