import { mkdir } from 'node:fs/promises';
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
import { qrPng } from './qr-png.ts';
import { coverDrawing, shareCardDrawing, svgToPng, type Drawing } from './drawings.ts';
import { startPainters } from './painters.ts';

/**
 * Writes the images the site shows and shares, after the pages are built:
 * - /covers/<slug>/wide.png and square.png, every article's share covers;
 * - /qr/<page>.svg (web and print) for every public page, and /qr/<page>.png for the pages
 *   a 公众号 post shows a QR code of (WeChat's editor takes no SVG), in builds that export;
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

export async function writeImages(outDir: string, manifest: BuildManifest, address: Address): Promise<{ covers: number; qrCodes: number; drawn: number }> {
  const drawnBefore = imageCacheStats.drawn;
  const jobs: (() => Promise<void>)[] = [];

  const shapes = Object.keys(COVER_SIZES) as CoverShape[];
  const covers = manifest.articles.map(({ slug, title, kicker }) => ({
    slug,
    drawings: shapes.map((shape) => ({ shape, drawing: coverDrawing({ title, kicker, siteName: edition.name, colour: edition.colour }, shape) })),
  }));
  const logoSvg = editionMarkSvg();
  const card = shareCardDrawing({ siteName: edition.name, tagline: ui.shareCardTagline, logoSvg, colour: edition.colour });
  const painters = startPainters([card.text, ...covers.flatMap((cover) => cover.drawings.map(({ drawing }) => drawing.text))]);
  const drawn = (drawing: Drawing) => cachedFile({ tree: drawing.tree, width: drawing.width, height: drawing.height }, 'png', () => painters.paint(drawing));

  for (const { slug, drawings } of covers) {
    jobs.push(async () => {
      const dir = join(outDir, 'covers', slug);
      await mkdir(dir, { recursive: true });
      for (const { shape, drawing } of drawings) await place(await drawn(drawing), join(dir, `${shape}.png`));
    });
  }

  await mkdir(join(outDir, 'qr'), { recursive: true });
  const urlOf = (path: string) => new URL(joinBase(address.base, path), address.site).href;
  for (const path of manifest.publicPages) {
    jobs.push(async () => place(await cachedFile({ qr: urlOf(path) }, 'svg', () => qrSvg(urlOf(path))), join(outDir, 'qr', `${qrName(path)}.svg`)));
  }
  for (const path of manifest.wechatQrPages) {
    jobs.push(async () => place(await cachedFile({ qr: urlOf(path), width: QR_PNG_WIDTH }, 'png', () => qrPng(urlOf(path))), join(outDir, 'qr', `${qrName(path)}.png`)));
  }

  await mkdir(join(outDir, 'icons'), { recursive: true });
  for (const [name, width] of Object.entries(ICON_SIZES)) {
    jobs.push(async () => place(await cachedFile({ svg: logoSvg, width }, 'png', () => svgToPng(logoSvg, width)), join(outDir, 'icons', `${name}.png`)));
  }
  jobs.push(async () => place(await drawn(card), join(outDir, SHARE_CARD.path)));

  try {
    await inParallel(jobs);
  } finally {
    await painters.stop();
  }
  return { covers: manifest.articles.length * shapes.length, qrCodes: manifest.publicPages.length + manifest.wechatQrPages.length, drawn: imageCacheStats.drawn - drawnBefore };
}
