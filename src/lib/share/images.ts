import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * Every image the site draws, at build time and through one pipeline (satori lays out,
 * resvg paints; no browser, no system fonts): the article share covers, the site's share
 * card, and the app icons from public/favicon.svg.
 *
 * Covers: the title in Chinese on the site's colours, 900×383 (2.35:1, WeChat's wide
 * cover) and 600×600 (the square thumbnail).
 */
export const COVER_SIZES = { wide: { width: 900, height: 383 }, square: { width: 600, height: 600 } } as const;
export type CoverShape = keyof typeof COVER_SIZES;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
/** What satori lays out: the tree, its size, and the text (to pick the font's glyphs). */
interface Drawing {
  tree: Node;
  width: number;
  height: number;
  text: string;
}
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

function coverDrawing(title: string, kicker: string, siteName: string, shape: CoverShape): Drawing {
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
  return { tree, width, height, text: `${title}${kicker}${siteName}` };
}

export function renderCover(title: string, kicker: string, siteName: string, shape: CoverShape): Promise<Buffer> {
  return paint(coverDrawing(title, kicker, siteName, shape));
}

/** The cover as a file in the image cache, for the build to copy: no bytes through Node. */
export function coverFile(title: string, kicker: string, siteName: string, shape: CoverShape): Promise<string> {
  const drawing = coverDrawing(title, kicker, siteName, shape);
  return cachedFile({ tree: drawing.tree, width: drawing.width, height: drawing.height }, 'png', () => draw(drawing));
}

/**
 * Drawn images are kept between builds, keyed by everything that decides their pixels: the
 * drawing (its words, layout and colours), its size, and the versions of the font and of
 * the two libraries. An unchanged article costs no image work; a changed title redraws
 * exactly its own covers. IMAGE_CACHE_DIR moves the cache (tests use a fresh one).
 */
// Read from node_modules by path: not every package exports its package.json.
const TOOLS = ['@fontsource/noto-sans-sc', 'satori', '@resvg/resvg-js', 'uqr']
  .map((name) => `${name}@${(JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`)
  .join(' ');

export const imageCacheStats = { drawn: 0, reused: 0 };

function cacheDir(): string {
  return resolve(process.env['IMAGE_CACHE_DIR'] ?? 'node_modules/.cache/kuaidi-images');
}

/**
 * The file in the cache for `key` (everything that decides its content), made only when
 * missing. Returns its path.
 */
export async function cachedFile(key: unknown, extension: string, make: () => Buffer | string | Promise<Buffer | string>): Promise<string> {
  const file = join(cacheDir(), `${createHash('sha256').update(JSON.stringify({ key, TOOLS })).digest('hex')}.${extension}`);
  if (existsSync(file)) {
    imageCacheStats.reused += 1;
    return file;
  }
  const content = await make();
  mkdirSync(cacheDir(), { recursive: true });
  // Written under a temporary name first: two builds at once never read half a file.
  // Read-only: builds link these files into the site (src/integration/images.ts).
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, content, { mode: 0o444 });
  renameSync(partial, file);
  imageCacheStats.drawn += 1;
  return file;
}

async function paint(drawing: Drawing): Promise<Buffer> {
  return readFileSync(await cachedFile({ tree: drawing.tree, width: drawing.width, height: drawing.height }, 'png', () => draw(drawing)));
}


async function draw({ tree, width, height, text }: Drawing): Promise<Buffer> {
  // Loaded only to draw: a build that finds every image in the cache never needs them, and
  // the layout library and the font cutter take a tenth of a second or more to load.
  const [{ default: satori }, { fontFor }] = await Promise.all([import('satori'), import('./cjk-font.ts')]);
  const fonts = await fontFor(text);
  (tree.props['style'] as Record<string, unknown>)['fontFamily'] = fonts.map((font) => `'${font.name}'`).join(', ');
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts });
  return svgToPng(svg, width);
}

/** An SVG drawn as a PNG `width` pixels wide (the QR codes for WeChat posts, the app icons). */
export function svgToPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The app icons (manifest, home screen, browser tab): the logo at each size. */
export const ICON_SIZES = { 'favicon-32': 32, 'apple-touch-icon': 180, 'icon-192': 192, 'icon-512': 512 } as const;
export type IconName = keyof typeof ICON_SIZES;

export async function renderIcon(logoSvg: string, name: IconName): Promise<Buffer> {
  return readFileSync(await cachedFile({ svg: logoSvg, width: ICON_SIZES[name] }, 'png', () => svgToPng(logoSvg, ICON_SIZES[name])));
}

/** The site's share card for pages without a cover of their own (Open Graph's 1200×630). */
const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;

export async function renderShareCard(siteName: string, tagline: string, logoSvg: string): Promise<Buffer> {
  const { width, height } = SHARE_CARD_SIZE;
  const logo = `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`;
  const tree = h(
    'div',
    { width, height, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: 80, boxSizing: 'border-box', background: '#0b5cad', color: '#ffffff' },
    [
      { type: 'img', props: { src: logo, width: 140, height: 140, style: { marginBottom: 32 } } },
      h('div', { display: 'flex', fontSize: 88, fontWeight: 700, lineHeight: 1.2, marginBottom: 32 }, siteName),
      h('div', { display: 'block', width: width - 160, fontSize: 44, lineHeight: 1.4 }, tagline),
    ],
  );
  return paint({ tree, width, height, text: `${siteName}${tagline}` });
}
