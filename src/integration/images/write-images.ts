import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { edition } from '../../config/edition.ts';
import { ui } from '../../i18n/ui.ts';
import { qrName, qrSvg } from '../../lib/qr.ts';
import { COVER_SIZES, ICON_SIZES, QR_PNG_WIDTH, SHARE_CARD, type CoverShape } from '../../lib/share/sizes.ts';
import { joinBase } from '../../lib/url.ts';
import type { BuildManifest } from '../build-manifest.ts';
import type { Address } from '../wechat-export.ts';
import { cachedFile, imageCacheStats, place } from './cache.ts';
import { editionMarkSvg } from './edition-mark.ts';
import { coverDrawing, paint, shareCardDrawing, svgToPng, type Drawing } from './drawings.ts';

/**
 * Writes the images the site shows and shares, after the pages are built:
 * - /covers/<slug>/wide.png and square.png, every article's share covers;
 * - /qr/<page>.svg (web and print) and .png (WeChat's editor takes no SVG) for every public page;
 * - /icons/: the app icons and the site's share card, from the edition's mark (its logo, or
 *   the default mark in its colour: src/lib/share/app-mark.ts).
 * Everything comes from the image cache (./cache.ts) when nothing it shows has changed, and
 * is linked from there without passing through Node.
 */
/** Runs the jobs a few at a time: file writes wait on the disk, and one by one they took seconds. */
async function inParallel(jobs: (() => Promise<void>)[], width = 16): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}

const drawn = (drawing: Drawing) => cachedFile({ tree: drawing.tree, width: drawing.width, height: drawing.height }, 'png', () => paint(drawing));

export async function writeImages(outDir: string, manifest: BuildManifest, address: Address): Promise<{ covers: number; qrCodes: number; drawn: number }> {
  const drawnBefore = imageCacheStats.drawn;
  const jobs: (() => Promise<void>)[] = [];

  const shapes = Object.keys(COVER_SIZES) as CoverShape[];
  for (const { slug, title, kicker } of manifest.articles) {
    jobs.push(async () => {
      const dir = join(outDir, 'covers', slug);
      await mkdir(dir, { recursive: true });
      for (const shape of shapes) await place(await drawn(coverDrawing({ title, kicker, siteName: edition.name, colour: edition.colour }, shape)), join(dir, `${shape}.png`));
    });
  }

  await mkdir(join(outDir, 'qr'), { recursive: true });
  for (const path of manifest.publicPages) {
    jobs.push(async () => {
      const url = new URL(joinBase(address.base, path), address.site).href;
      const svgFile = await cachedFile({ qr: url }, 'svg', () => qrSvg(url));
      const pngFile = await cachedFile({ qr: url, width: QR_PNG_WIDTH }, 'png', async () => svgToPng(await readFile(svgFile, 'utf8'), QR_PNG_WIDTH));
      await Promise.all([place(svgFile, join(outDir, 'qr', `${qrName(path)}.svg`)), place(pngFile, join(outDir, 'qr', `${qrName(path)}.png`))]);
    });
  }

  const logoSvg = editionMarkSvg();
  await mkdir(join(outDir, 'icons'), { recursive: true });
  for (const [name, width] of Object.entries(ICON_SIZES)) {
    jobs.push(async () => place(await cachedFile({ svg: logoSvg, width }, 'png', () => svgToPng(logoSvg, width)), join(outDir, 'icons', `${name}.png`)));
  }
  jobs.push(async () => {
    const card = shareCardDrawing({ siteName: edition.name, tagline: ui.shareCardTagline, logoSvg, colour: edition.colour });
    await place(await drawn(card), join(outDir, SHARE_CARD.path));
  });

  await inParallel(jobs);
  return { covers: manifest.articles.length * shapes.length, qrCodes: manifest.publicPages.length, drawn: imageCacheStats.drawn - drawnBefore };
}
