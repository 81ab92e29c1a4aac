import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { palettePng } from '../../src/integration/images/png.ts';
import { qrPng } from '../../src/integration/images/qr-png.ts';
import { qrMatrix } from '../../src/lib/qr.ts';
import { QR_PNG_WIDTH } from '../../src/lib/share/sizes.ts';

/** Pixels as resvg draws an SVG (premultiplied RGBA, what palettePng is given). */
const render = (svg: string) => {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { pixels: new Uint8Array(image.pixels), width: image.width, height: image.height };
};
/** A PNG read back by another decoder: resvg's, through an <image> at the PNG's own size. */
const decode = (png: Buffer, width: number, height: number) =>
  render(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`).pixels;
/** The PNG's bit depth and colour type, from its header. */
const header = (png: Buffer) => ({ depth: png[24], colourType: png[25] });

// Flat colour with anti-aliased edges, like a cover: a brand-coloured card with a circle and a diagonal.
const COVER_LIKE = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="128"><rect width="300" height="128" fill="#b3261e"/><circle cx="64" cy="64" r="40" fill="#fff"/><path d="M120 110 L290 20" stroke="#ffe14d" stroke-width="9"/></svg>`;

describe('palette PNGs of drawn images', () => {
  it('keep every pixel of a flat-colour drawing, in less than half the bytes of the full-colour file', () => {
    const { pixels, width, height } = render(COVER_LIKE);
    const png = palettePng(pixels, width, height)!;
    expect(header(png)).toEqual({ depth: 8, colourType: 3 });
    expect(decode(png, width, height)).toEqual(pixels);
    const rgba = new Resvg(COVER_LIKE, { font: { loadSystemFonts: false } }).render().asPng();
    expect(png.length).toBeLessThan(rgba.length / 2);
  });

  it('keep see-through pixels (an app icon on a clear background) within one step of each channel', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="24" fill="#b3261e" fill-opacity="0.6"/></svg>`;
    const { pixels, width, height } = render(svg);
    const back = decode(palettePng(pixels, width, height)!, width, height);
    expect(back.length).toBe(pixels.length);
    const worst = Math.max(...Array.from(pixels, (value, index) => Math.abs(value - back[index]!)));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('give up on more than 256 colours, for the caller to keep the full-colour file', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="4"><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#0f8"/></linearGradient></defs><rect width="512" height="4" fill="url(#g)"/></svg>`;
    const { pixels, width, height } = render(svg);
    expect(palettePng(pixels, width, height)).toBeUndefined();
  });

  it('refuse pixels that do not fit the size given', () => {
    expect(() => palettePng(new Uint8Array(12), 2, 2)).toThrow(/2×2/);
  });
});

describe('QR code PNGs for 公众号 posts', () => {
  const url = 'https://example.org/fangpian/articles/yiwu-case/';
  const png = qrPng(url);
  const matrix = qrMatrix(url);
  const modules = matrix.length + 8;
  const size = modules * Math.ceil(QR_PNG_WIDTH / modules);

  it('are two colours at one bit a pixel, square, at least the width WeChat needs, and about a kilobyte', () => {
    expect(header(png)).toEqual({ depth: 1, colourType: 3 });
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    expect(size).toBeGreaterThanOrEqual(QR_PNG_WIDTH);
    expect(png.length).toBeLessThan(2048);
  });

  it('show every module of the code, black on white, inside a white quiet zone of 4 modules', () => {
    const pixels = decode(png, size, size);
    const scale = size / modules;
    const shade = (column: number, row: number) => pixels[(Math.floor((row + 0.5) * scale) * size + Math.floor((column + 0.5) * scale)) * 4]!;
    for (let row = 0; row < modules; row++) {
      for (let column = 0; column < modules; column++) {
        const dark = matrix[row - 4]?.[column - 4] ?? false;
        expect(shade(column, row), `module ${column - 4},${row - 4}`).toBe(dark ? 0 : 255);
      }
    }
  });
});
