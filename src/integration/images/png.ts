import { crc32, deflateSync } from 'node:zlib';

/**
 * PNG files for the images the build draws. Covers, QR codes and icons are flat colour with
 * anti-aliased edges: a cover has about 80 distinct colours, a QR code two. Written as a
 * palette image (PNG colour type 3) they keep every pixel exactly and take about a third of
 * the bytes of the RGBA file the renderer writes; at 300 articles that is 7 MB of covers.
 */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_PALETTE = 256;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
}

/** Bits per pixel for a palette of `size` colours: the fewest PNG allows. */
function bitDepthFor(size: number): 1 | 2 | 4 | 8 {
  if (size <= 2) return 1;
  if (size <= 4) return 2;
  return size <= 16 ? 4 : 8;
}

/** A premultiplied colour channel back to the plain value PNG stores. */
const demultiply = (channel: number, alpha: number) => (alpha === 0 ? 0 : Math.min(255, Math.round((channel * 255) / alpha)));

/**
 * `pixels` (width × height, 4 bytes each, RGBA premultiplied by alpha as the renderer keeps
 * them) as a palette PNG, or undefined when there are more than 256 colours (a photograph
 * in an edition's logo, say), for the caller to keep the renderer's own file.
 */
export function palettePng(pixels: Uint8Array, width: number, height: number): Buffer | undefined {
  if (pixels.length !== width * height * 4) throw new Error(`palettePng: ${pixels.length} bytes is not ${width}×${height} RGBA pixels.`);
  const indexOf = new Map<number, number>();
  const palette: number[] = [];
  const indices = new Uint8Array(width * height);
  // Flat colour comes in runs: a pixel like the one before it needs no lookup.
  let previous = -1;
  let previousIndex = 0;
  // A pixel's four bytes read as one number (in the machine's byte order: only compared and
  // looked up, then taken apart by the same view below). Copied first: the renderer's buffer
  // is slow to read element by element, and may not start on a 4-byte boundary.
  const colours32 = new Uint32Array(new Uint8Array(pixels).buffer);
  for (let pixel = 0; pixel < indices.length; pixel++) {
    const colour = colours32[pixel]!;
    if (colour !== previous) {
      let index = indexOf.get(colour);
      if (index === undefined) {
        if (palette.length === MAX_PALETTE) return undefined;
        index = palette.length;
        indexOf.set(colour, index);
        palette.push(colour);
      }
      previous = colour;
      previousIndex = index;
    }
    indices[pixel] = previousIndex;
  }

  const depth = bitDepthFor(palette.length);
  const perByte = 8 / depth;
  const rowBytes = Math.ceil(width / perByte);
  // Each row starts with its filter type: 0, none, which suits flat colour best.
  const rows = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    if (depth === 8) {
      rows.set(indices.subarray(y * width, (y + 1) * width), row);
      continue;
    }
    for (let x = 0; x < width; x++) {
      const shift = 8 - depth * ((x % perByte) + 1);
      rows[row + Math.floor(x / perByte)]! |= indices[y * width + x]! << shift;
    }
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = depth;
  header[9] = 3; // colour type 3: palette
  const rgba = new Uint8Array(new Uint32Array(palette).buffer);
  const colours = Buffer.alloc(palette.length * 3);
  const alphas = Buffer.alloc(palette.length);
  palette.forEach((_, index) => {
    const alpha = rgba[index * 4 + 3]!;
    for (let channel = 0; channel < 3; channel++) colours[index * 3 + channel] = demultiply(rgba[index * 4 + channel]!, alpha);
    alphas[index] = alpha;
  });
  const opaque = alphas.every((alpha) => alpha === 0xff);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', colours),
    ...(opaque ? [] : [chunk('tRNS', alphas)]),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
