import { constants } from 'node:fs';
import { copyFile, link, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { qrName, qrSvg } from '../lib/qr.ts';
import { cachedFile, COVER_SIZES, coverFile, imageCacheStats, svgToPng, type CoverShape } from '../lib/share/images.ts';

/**
 * Draws the images every article and page gets, after the pages are built:
 * - /covers/<slug>/wide.png and square.png, the share covers, from what the covers
 *   manifest (src/pages/covers/manifest.json.ts) lists;
 * - /qr/<page>.svg (web and print) and .png (WeChat's editor takes no SVG) for every page
 *   in the sitemap.
 * Everything comes from the image cache (src/lib/share/images.ts) when nothing it shows has
 * changed, and is linked from there without passing through Node.
 */
export interface CoverManifest {
  siteName: string;
  articles: { slug: string; title: string; kicker: string }[];
}

export const COVER_MANIFEST = 'covers/manifest.json';
/** Width of the QR code PNGs. */
const QR_PNG_WIDTH = 360;

/**
 * Puts a file of the image cache into the site as a hard link, as pnpm does from its store:
 * no bytes are copied, and emptying the site folder before the next build only unlinks.
 * The cache files are read-only, so the site's copy cannot be edited into the cache by
 * mistake. Where the cache is on another disk, the file is copied (a copy-on-write clone
 * where the disk can).
 */
async function place(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    await rm(to, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') await link(from, to);
    else await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
}

/** Runs the jobs a few at a time: file writes wait on the disk, and one by one they took seconds. */
async function inParallel(jobs: (() => Promise<void>)[], width = 16): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}

export async function drawImages(outDir: string, base: string): Promise<{ covers: number; qrCodes: number; drawn: number }> {
  const drawnBefore = imageCacheStats.drawn;
  const manifestFile = join(outDir, COVER_MANIFEST);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as CoverManifest;
  await rm(manifestFile);
  const jobs: (() => Promise<void>)[] = [];

  const shapes = Object.keys(COVER_SIZES) as CoverShape[];
  for (const article of manifest.articles) {
    jobs.push(async () => {
      const dir = join(outDir, 'covers', article.slug);
      await mkdir(dir, { recursive: true });
      for (const shape of shapes) await place(await coverFile(article.title, article.kicker, manifest.siteName, shape), join(dir, `${shape}.png`));
    });
  }

  const sitemap = await readFile(join(outDir, 'sitemap.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  await mkdir(join(outDir, 'qr'), { recursive: true });
  for (const url of urls) {
    jobs.push(async () => {
      const path = new URL(url).pathname;
      const name = qrName(path.startsWith(base) ? `/${path.slice(base.length)}` : path);
      const svgFile = await cachedFile({ qr: url }, 'svg', () => qrSvg(url));
      const pngFile = await cachedFile({ qr: url, width: QR_PNG_WIDTH }, 'png', async () => svgToPng(await readFile(svgFile, 'utf8'), QR_PNG_WIDTH));
      await Promise.all([place(svgFile, join(outDir, 'qr', `${name}.svg`)), place(pngFile, join(outDir, 'qr', `${name}.png`))]);
    });
  }

  await inParallel(jobs);
  return { covers: manifest.articles.length * shapes.length, qrCodes: urls.length, drawn: imageCacheStats.drawn - drawnBefore };
}
