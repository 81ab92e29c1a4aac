import { Resvg } from '@resvg/resvg-js';
import { COVER_SIZES, SHARE_CARD, type CoverShape } from '../../lib/share/sizes.ts';
import type { FontPart } from './cjk-font.ts';
import { palettePng } from './png.ts';

/**
 * The images the site draws from words, at build time and through one pipeline (satori lays
 * out, resvg paints; no browser, no system fonts): the article share covers and the site's
 * share card, on the edition's brand colour.
 */
type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
/** What satori lays out: the tree, its size, and the text (to pick the font's glyphs). */
export interface Drawing {
  tree: Node;
  width: number;
  height: number;
  text: string;
}
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** An article's cover: its category above, the title, and the site's name below, in white on the brand colour. */
export function coverDrawing(cover: { title: string; kicker: string; siteName: string; colour: string }, shape: CoverShape): Drawing {
  const { width, height } = COVER_SIZES[shape];
  const padding = shape === 'wide' ? 44 : 56;
  const small = shape === 'wide' ? 26 : 30;
  const tree = h(
    'div',
    { width, height, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding, boxSizing: 'border-box', background: cover.colour, color: '#ffffff' },
    [
      h('div', { display: 'flex', fontSize: small, color: '#ffe14d' }, cover.kicker),
      h('div', { display: 'block', width: width - 2 * padding, fontSize: shape === 'wide' ? 44 : 54, lineHeight: 1.35, fontWeight: 700, wordBreak: 'break-all' }, cover.title),
      h('div', { display: 'flex', fontSize: small, opacity: 0.9 }, cover.siteName),
    ],
  );
  return { tree, width, height, text: `${cover.title}${cover.kicker}${cover.siteName}` };
}

/** The site's share card: the logo, the name and the tagline on the brand colour. */
export function shareCardDrawing(card: { siteName: string; tagline: string; logoSvg: string; colour: string }): Drawing {
  const { width, height } = SHARE_CARD;
  const logo = `data:image/svg+xml;base64,${Buffer.from(card.logoSvg).toString('base64')}`;
  const tree = h(
    'div',
    { width, height, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: 80, boxSizing: 'border-box', background: card.colour, color: '#ffffff' },
    [
      { type: 'img', props: { src: logo, width: 140, height: 140, style: { marginBottom: 32 } } },
      h('div', { display: 'flex', fontSize: 88, fontWeight: 700, lineHeight: 1.2, marginBottom: 32 }, card.siteName),
      h('div', { display: 'block', width: width - 160, fontSize: 44, lineHeight: 1.4 }, card.tagline),
    ],
  );
  return { tree, width, height, text: `${card.siteName}${card.tagline}` };
}

/**
 * Paints drawings as PNGs in this thread (./painters.ts runs one in each worker), all with
 * one font: the slices for every word in `texts`, the words of all the drawings the build
 * might paint (./cjk-font.ts says why one). The font and the layout library are loaded at
 * the first drawing to paint: they take a tenth of a second or more to load.
 */
export function painter(texts: readonly string[]): (drawing: Drawing) => Promise<Buffer> {
  let tools: Promise<{ satori: typeof import('satori').default; fonts: FontPart[] }> | undefined;
  const load = async () => {
    const [{ default: satori }, { fontFor }] = await Promise.all([import('satori'), import('./cjk-font.ts')]);
    return { satori, fonts: fontFor(texts.join('')) };
  };
  const known = new Set(texts);
  return async ({ tree, width, height, text }) => {
    tools ??= load();
    const { satori, fonts } = await tools;
    if (!known.has(text)) throw new Error(`painter: this drawing's words were not given to the painter: ${text}`);
    const style = tree.props['style'] as Record<string, unknown>;
    style['fontFamily'] = fonts.map((font) => `'${font.name}'`).join(', ');
    const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts });
    return svgToPng(svg, width);
  };
}

/** An SVG drawn as a PNG `width` pixels wide (the covers, the app icons), as a palette image where it can be (./png.ts). */
export function svgToPng(svg: string, width: number): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}
