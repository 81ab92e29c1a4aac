import { describe, expect, it } from 'vitest';
import { renderSitemap } from '../../src/lib/sitemap.ts';

describe('sitemap', () => {
  it('lists every page with an escaped loc and optional lastmod', () => {
    const xml = renderSitemap([
      { url: 'https://example.org/', lastmod: '2026-11-25' },
      { url: 'https://example.org/a?b=1&c=2' },
    ]);
    expect(xml).toContain('<loc>https://example.org/</loc>\n    <lastmod>2026-11-25</lastmod>');
    expect(xml).toContain('<loc>https://example.org/a?b=1&amp;c=2</loc>\n  </url>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});
