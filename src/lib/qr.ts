import { encode } from 'uqr';

/**
 * QR code helpers for the quiz result card. Pure and DOM-free: the matrix is built at
 * build time, drawn as inline SVG by ResultCard.astro and handed to the browser (for the
 * PNG version of the card) through a data attribute.
 *
 * A matrix is square; `matrix[y][x]` is true for a dark module. It has no quiet zone:
 * whoever draws it adds the 4-module white border around it.
 */
export type QrMatrix = boolean[][];

/** Encodes a URL with error correction M (15 %), enough for a slightly creased printout. */
export function qrMatrix(url: string): QrMatrix {
  return encode(url, { ecc: 'M', border: 0 }).data;
}

/**
 * One SVG path `d` string for all dark modules, in module units (draw it in a viewBox of
 * `0 0 size size`, or `-4 -4 size+8 size+8` with the quiet zone). Horizontal runs of dark
 * modules in a row are merged into one rectangle, which keeps the string short.
 */
export function qrToSvgPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

/** Compact text for a data attribute: one string of '0'/'1' per row, rows joined by ','. */
export function encodeMatrix(matrix: QrMatrix): string {
  return matrix.map((row) => row.map((dark) => (dark ? '1' : '0')).join('')).join(',');
}

/** Inverse of encodeMatrix. An empty string gives an empty matrix. */
export function decodeMatrix(text: string): QrMatrix {
  if (text === '') return [];
  return text.split(',').map((row) => Array.from(row, (c) => c === '1'));
}

/** A QR code for a URL as a standalone SVG, with its quiet zone, 8 px per module. */
export function qrSvg(url: string): string {
  const matrix = qrMatrix(url);
  const n = matrix.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${n + 8} ${n + 8}" width="${(n + 8) * 8}" height="${(n + 8) * 8}" shape-rendering="crispEdges"><rect x="-4" y="-4" width="${n + 8}" height="${n + 8}" fill="#fff"/><path d="${qrToSvgPath(matrix)}" fill="#000"/></svg>`;
}

/** File name of a page's QR code: "/" → "home", "/articles/yiwu-case/" → "articles-yiwu-case". */
export function qrName(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
}
