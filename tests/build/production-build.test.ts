import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from './run-build.ts';

// Both builds live in one file on purpose: Vitest runs files in parallel, and two Astro
// builds of one project at once would share its content cache.

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

describe('a build with bad article frontmatter', () => {
  it('fails, naming the file and each wrong field', { timeout: 180_000 }, () => {
    const { status, output, outDir } = runBuild({ CONTENT_ROOT: './tests/fixtures/bad-frontmatter/content' });
    outDirs.push(outDir);
    expect(status).not.toBe(0);
    expect(output).toContain('missing-description.mdx');
    expect(output).toMatch(/description/);
    expect(output).toMatch(/category must be one of: case, waybill, tips, quiz, tool/);
  });
});

describe('a build for a sub-path deployment', () => {
  const base = '/fangpian/';
  const site = 'https://example.org';

  it('keeps every internal link, asset and canonical URL under the base path', { timeout: 180_000 }, () => {
    const { status, output, outDir } = runBuild({ BASE_PATH: base, SITE_URL: site });
    outDirs.push(outDir);
    expect(status, output).toBe(0);

    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const offenders: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)) {
        const value = match[1]!;
        const rootRelative = value.startsWith('/') && !value.startsWith('//');
        const sameSiteAbsolute = value.startsWith(site);
        if (rootRelative && !value.startsWith(base)) offenders.push(`${file}: ${value}`);
        if (sameSiteAbsolute && !value.startsWith(`${site}${base}`)) offenders.push(`${file}: ${value}`);
      }
    }
    expect(offenders).toEqual([]);

    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThanOrEqual(8);
    expect(locs.every((loc) => loc.startsWith(`${site}${base}`))).toBe(true);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap.xml`);
  });
});
