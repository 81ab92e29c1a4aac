import type { Page } from '@playwright/test';
import * as mupdf from 'mupdf';

/**
 * How much of a printable's paper is left blank, measured on the PDF Chromium prints, not
 * on the page's boxes: what counts is what the printer puts on paper. Each box the sheet
 * fills (a whole sheet, or one wallet card) is cut from the rasterised page, and a band of
 * rows across it with no ink, tall enough to hold a line of the box's own text, is blank:
 * narrower bands are the space between lines and paragraphs, part of the text.
 */
const DPI = 100;
const MM = DPI / 25.4;
const PAGE_MARGIN_MM = 10;

export interface FilledBox {
  /** Which page of the PDF, from 0. */
  page: number;
  label: string;
  /** Where the box is on the paper, in millimetres from the page's top left. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The height of one line of the box's body text as printed (its font size times its line height). */
  line: number;
}

/** The boxes that fill a page (every sheet that grows as a whole, every card that grows on its own) where the print layout puts them on paper. */
export async function filledBoxes(page: Page): Promise<FilledBox[]> {
  await page.emulateMedia({ media: 'print' });
  const boxes = await page.evaluate((margin) => {
    const pxPerMm = 96 / 25.4;
    const sheets = [...document.querySelectorAll<HTMLElement>('.sheet')];
    return [...document.querySelectorAll<HTMLElement>('[data-fit]')].map((box) => {
      const sheet = box.closest<HTMLElement>('.sheet')!;
      const group = box === sheet ? [] : [...sheet.querySelectorAll(`[data-fit="${box.dataset['fit']}"]`)];
      const sheetRect = sheet.getBoundingClientRect();
      const rect = box.getBoundingClientRect();
      return {
        page: sheets.indexOf(sheet),
        label: `${sheet.getAttribute('aria-label')}${group.length > 0 ? ` / ${box.dataset['fit']} ${group.indexOf(box) + 1}` : ''}`,
        x: margin + (rect.left - sheetRect.left) / pxPerMm,
        y: margin + (rect.top - sheetRect.top) / pxPerMm,
        width: rect.width / pxPerMm,
        height: rect.height / pxPerMm,
        line: parseFloat(getComputedStyle(box).lineHeight) / pxPerMm,
      };
    });
  }, PAGE_MARGIN_MM);
  await page.emulateMedia({ media: 'screen' });
  return boxes;
}

/** For each box, the share of its height (0 to 1) in blank bands, read from the PDF. */
export function blankShares(pdf: Buffer, boxes: FilledBox[]): { label: string; blank: number; bands: string[] }[] {
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  const rasters = new Map<number, { width: number; channels: number; pixels: Uint8ClampedArray }>();
  const raster = (index: number) => {
    if (!rasters.has(index)) {
      const pixmap = document.loadPage(index).toPixmap(mupdf.Matrix.scale(DPI / 72, DPI / 72), mupdf.ColorSpace.DeviceGray, false, true);
      // A copy: the pixels live in the decoder's memory, which moves as it works.
      rasters.set(index, { width: pixmap.getWidth(), channels: pixmap.getNumberOfComponents(), pixels: pixmap.getPixels().slice() });
    }
    return rasters.get(index)!;
  };
  return boxes.map((box) => {
    const { width, channels, pixels } = raster(box.page);
    // 1 mm in from each edge: a card's cut line is its border, not its content.
    const left = Math.ceil((box.x + 1) * MM);
    const right = Math.floor((box.x + box.width - 1) * MM);
    const top = Math.ceil((box.y + 1) * MM);
    const bottom = Math.floor((box.y + box.height - 1) * MM);
    const inkless = (y: number) => {
      for (let x = left; x < right; x++) if (pixels[(y * width + x) * channels]! < 224) return false;
      return true;
    };
    const bands: string[] = [];
    let blankRows = 0;
    let start = top;
    for (let y = top; y <= bottom; y++) {
      if (y < bottom && inkless(y)) continue;
      const run = y - start;
      if (run >= box.line * MM) {
        blankRows += run;
        bands.push(`${(start / MM).toFixed(0)}–${(y / MM).toFixed(0)} mm`);
      }
      start = y + 1;
    }
    return { label: box.label, blank: blankRows / (bottom - top), bands };
  });
}
