import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cache = mkdtempSync(join(tmpdir(), 'kuaidi-image-cache-'));
process.env['IMAGE_CACHE_DIR'] = cache;
const { imageCacheStats, renderCover } = await import('../../src/lib/share/images.ts');
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('drawn images are cached by what decides their pixels', () => {
  it('draws a cover once, reuses it unchanged, and redraws only what changed', { timeout: 60_000 }, async () => {
    const first = await renderCover('义乌云仓木马案', '案例', '快递面单防骗课堂', 'wide');
    expect(imageCacheStats).toEqual({ drawn: 1, reused: 0 });
    expect(first.subarray(1, 4).toString()).toBe('PNG');

    const again = await renderCover('义乌云仓木马案', '案例', '快递面单防骗课堂', 'wide');
    expect(imageCacheStats).toEqual({ drawn: 1, reused: 1 });
    expect(again.equals(first)).toBe(true);

    await renderCover('义乌云仓木马案（更新）', '案例', '快递面单防骗课堂', 'wide');
    await renderCover('义乌云仓木马案', '案例', '快递面单防骗课堂', 'square');
    expect(imageCacheStats).toEqual({ drawn: 3, reused: 1 });
    expect(readdirSync(cache)).toHaveLength(3);
  });
});
