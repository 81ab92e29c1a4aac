import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontFor } from './cjk-font.ts';

/**
 * Share images for an article, drawn at build time: the title in Chinese on the site's
 * colours. 900×383 (2.35:1, WeChat's wide cover) and 600×600 (the square thumbnail).
 */
export const COVER_SIZES = { wide: { width: 900, height: 383 }, square: { width: 600, height: 600 } } as const;
export type CoverShape = keyof typeof COVER_SIZES;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export async function renderCover(title: string, kicker: string, siteName: string, shape: CoverShape): Promise<Buffer> {
  const { width, height } = COVER_SIZES[shape];
  const wide = shape === 'wide';
  const tree = h(
    'div',
    {
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: wide ? 44 : 56,
      boxSizing: 'border-box',
      background: '#0b5cad',
      color: '#ffffff',
    },
    [
      h('div', { display: 'flex', fontSize: wide ? 26 : 30, color: '#ffe14d' }, kicker),
      h('div', { display: 'block', width: width - 2 * (wide ? 44 : 56), fontSize: wide ? 44 : 54, lineHeight: 1.35, fontWeight: 700, wordBreak: 'break-all' }, title),
      h('div', { display: 'flex', fontSize: wide ? 26 : 30, opacity: 0.9 }, siteName),
    ],
  );
  const fonts = await fontFor(`${title}${kicker}${siteName}`);
  (tree.props['style'] as Record<string, unknown>)['fontFamily'] = fonts.map((font) => `'${font.name}'`).join(', ');
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}
