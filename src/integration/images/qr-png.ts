import { qrMatrix } from '../../lib/qr.ts';
import { QR_PNG_WIDTH } from '../../lib/share/sizes.ts';
import { palettePng } from './png.ts';

/**
 * A page's QR code as a PNG, for a 公众号 post (WeChat's editor takes no SVG). Drawn straight
 * from the code's modules, a whole number of pixels each, so every edge is sharp and the
 * file holds two colours at one bit a pixel (about 1 KB): black on white, with the 4-module
 * quiet zone, at least QR_PNG_WIDTH pixels wide.
 */
export function qrPng(url: string): Buffer {
  const matrix = qrMatrix(url);
  const modules = matrix.length + 8;
  const scale = Math.ceil(QR_PNG_WIDTH / modules);
  const size = modules * scale;
  const pixels = new Uint8Array(size * size * 4).fill(0xff);
  const black = new Uint8Array(scale * 4);
  for (let i = 3; i < black.length; i += 4) black[i] = 0xff;
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let line = 0; line < scale; line++) pixels.set(black, (((y + 4) * scale + line) * size + (x + 4) * scale) * 4);
    });
  });
  return palettePng(pixels, size, size)!;
}
