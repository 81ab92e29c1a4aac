import { createHash } from 'node:crypto';
import { constants, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { copyFile, link, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Drawn images are kept between builds, keyed by everything that decides their pixels: the
 * drawing (its words, layout and colours), its size, and the versions of the font and of
 * the libraries that draw. An unchanged article costs no image work; a changed title redraws
 * exactly its own covers. IMAGE_CACHE_DIR moves the cache (tests use a fresh one).
 */
// Read from node_modules by path: not every package exports its package.json. The last
// entry is how ./png.ts writes files: change it when that changes what a file holds.
const TOOLS = [
  ...['@fontsource/noto-sans-sc', 'satori', '@resvg/resvg-js', 'uqr'].map(
    (name) => `${name}@${(JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`,
  ),
  'png: palette when at most 256 colours',
].join(' ');

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
  // Read-only: builds link these files into the site.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, content, { mode: 0o444 });
  renameSync(partial, file);
  imageCacheStats.drawn += 1;
  return file;
}

/**
 * Puts a file of the image cache into the site as a hard link, as pnpm does from its store:
 * no bytes are copied, and emptying the site folder before the next build only unlinks.
 * The cache files are read-only, so the site's copy cannot be edited into the cache by
 * mistake. Where the cache is on another disk, the file is copied (a copy-on-write clone
 * where the disk can).
 */
export async function place(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    await rm(to, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') await link(from, to);
    else await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
}
