import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST, relative } from './built-site.ts';

// Many static hosts answer "/wechat/yiwu-case/" with "wechat/yiwu-case.html" when that file
// exists, before they look for "wechat/yiwu-case/index.html". No built file may shadow a
// page that way, or the host serves a fragment with no title, no lang and no CSP.
const sitemapPaths = [...readFileSync(join(DIST, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (match) => new URL(match[1]!).pathname,
);
const pageDirs = builtFiles('index.html').map((file) => relative(file).replace(/\/?index\.html$/, ''));

function servedAs(path: string): string {
  // What a host that prefers "<path>.html" serves for a directory URL.
  const dir = path.replace(/^\/|\/$/g, '');
  const shadow = join(DIST, `${dir}.html`);
  return dir !== '' && existsSync(shadow) ? shadow : join(DIST, dir, 'index.html');
}

describe('every page URL serves its own page, whichever file a host tries first', () => {
  it('reads the sitemap', () => expect(sitemapPaths.length).toBeGreaterThanOrEqual(10));

  it.each(sitemapPaths)('%s', (path) => {
    const html = readFileSync(servedAs(path), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain('http-equiv="content-security-policy"');
  });

  it('no built file shadows a page directory', () => {
    expect(pageDirs.filter((dir) => dir !== '' && existsSync(join(DIST, `${dir}.html`)))).toEqual([]);
  });
});
