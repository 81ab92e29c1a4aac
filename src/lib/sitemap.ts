/** Builds sitemap.xml from a list of pages; kept pure so it can be unit-tested. */
export interface SitemapPage {
  url: string;
  lastmod?: string;
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderSitemap(pages: readonly SitemapPage[]): string {
  const urls = pages
    .map(
      (page) =>
        `  <url>\n    <loc>${escapeXml(page.url)}</loc>${page.lastmod ? `\n    <lastmod>${page.lastmod}</lastmod>` : ''}\n  </url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
