import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildManifest } from '../../src/integration/build-manifest.ts';

const cache = mkdtempSync(join(tmpdir(), 'kuaidi-image-cache-'));
process.env['IMAGE_CACHE_DIR'] = cache;
const { writeImages } = await import('../../src/integration/images/write-images.ts');
const { imageCacheStats } = await import('../../src/integration/images/cache.ts');
const sites: string[] = [];
afterAll(() => [cache, ...sites].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const manifest = (title: string): BuildManifest => ({
  publicPages: ['/', '/articles/yiwu-case/'],
  wechatQrPages: ['/articles/yiwu-case/'],
  offlinePages: { shell: [], saved: [] },
  searchIntentPages: [],
  articles: [{ slug: 'yiwu-case', title, summary: '一段摘要', kicker: '案例', remember: [] }],
});
const address = { site: 'https://example.org', base: '/fangpian/' };
const newSite = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kuaidi-site-'));
  sites.push(dir);
  return dir;
};

describe('the build step that writes images', () => {
  it('draws covers, QR codes, icons and the share card once, then links them from the cache; a changed title redraws only its covers', { timeout: 60_000 }, async () => {
    const first = newSite();
    const written = await writeImages(first, manifest('义乌云仓木马案'), address);
    // 2 covers, 2 SVG QR codes and 1 PNG (only the article's post shows one), 4 icons, 1 share card.
    expect(written).toEqual({ covers: 2, qrCodes: 3, drawn: 10 });
    const cover = readFileSync(join(first, 'covers/yiwu-case/wide.png'));
    expect(cover.subarray(1, 4).toString()).toBe('PNG');
    expect(readdirSync(join(first, 'qr')).sort()).toEqual(['articles-yiwu-case.png', 'articles-yiwu-case.svg', 'home.svg']);
    expect(readFileSync(join(first, 'qr/home.svg'), 'utf8')).toMatch(/^<svg /);
    expect(readdirSync(join(first, 'icons')).sort()).toEqual(['apple-touch-icon.png', 'favicon-32.png', 'icon-192.png', 'icon-512.png', 'share-card.png']);

    const second = newSite();
    expect((await writeImages(second, manifest('义乌云仓木马案'), address)).drawn).toBe(0);
    // The same file, linked from the cache: no bytes copied.
    expect(statSync(join(second, 'covers/yiwu-case/wide.png')).ino).toBe(statSync(join(first, 'covers/yiwu-case/wide.png')).ino);

    const drawnBefore = imageCacheStats.drawn;
    expect((await writeImages(newSite(), manifest('义乌云仓木马案（更新）'), address)).drawn).toBe(2);
    expect(imageCacheStats.drawn - drawnBefore).toBe(2);
    expect(readdirSync(cache)).toHaveLength(12);
  });
});
