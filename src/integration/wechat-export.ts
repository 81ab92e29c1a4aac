import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { wechat } from '../i18n/ui.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { toWechatFragment } from '../lib/wechat/fragment.ts';

/** Where an article's paste-in fragment is written, under the build folder. */
export const wechatFragmentPath = (slug: string) => `wechat-fragments/${slug}.html`;

/**
 * The /wechat/<slug>/ page as Astro renders it once (src/pages/wechat/[slug].astro), with
 * these stand-ins for the article's slug and title. Capitals: no article slug has them.
 */
export const WECHAT_PAGE_TEMPLATE = { slug: 'WECHAT_PAGE_SLUG', title: 'WECHAT_PAGE_TITLE' } as const;
const wechatPagePath = (slug: string) => `wechat/${slug}/index.html`;

/** One article's /wechat/<slug>/ page, from the page rendered with the stand-ins. */
export function wechatPage(template: string, slug: string, title: string): string {
  return template.replaceAll(WECHAT_PAGE_TEMPLATE.slug, slug).replaceAll(WECHAT_PAGE_TEMPLATE.title, escapeHtml(title));
}

/** An attribute value as written in the built HTML, with its entities decoded. */
function decodeAttribute(value: string | undefined): string | undefined {
  return value === undefined ? undefined : (parse(`<i title="${value}"></i>`).querySelector('i')?.getAttribute('title') ?? value);
}

/**
 * Writes, for every built article, the fragment to paste into a WeChat 公众号 post, from the
 * article exactly as published (src/lib/wechat/fragment.ts does the conversion), and the
 * article's /wechat/<slug>/ page, from the page Astro rendered once. The fragments live in
 * their own folder: beside the /wechat/<slug>/ pages, "<slug>.html" would be served for
 * "/wechat/<slug>/" by hosts that prefer "<path>.html". Returns the number of articles.
 */
export async function exportWechat(outDir: string): Promise<number> {
  const articlesDir = join(outDir, 'articles');
  const templateFile = join(outDir, wechatPagePath(WECHAT_PAGE_TEMPLATE.slug));
  const template = await readFile(templateFile, 'utf8');
  await rm(dirname(templateFile), { recursive: true });
  await mkdir(join(outDir, 'wechat-fragments'), { recursive: true });
  const folders = (await readdir(articlesDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  // Files are read and written asynchronously, so Node only spends its time on the parsing:
  // this step runs beside the search index and the images, on the same two cores.
  const written = await Promise.all(
    folders.map(async (slug) => {
      const file = join(articlesDir, slug, 'index.html');
      // Folders without a page of their own (the list's /articles/page/N/) are no article.
      const html = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (html === undefined) return false;
      const { fragment, title } = fragmentOf(html, slug, file);
      await mkdir(join(outDir, 'wechat', slug), { recursive: true });
      await Promise.all([writeFile(join(outDir, wechatFragmentPath(slug)), `${fragment}\n`), writeFile(join(outDir, wechatPagePath(slug)), wechatPage(template, slug, title))]);
      return true;
    }),
  );
  return written.filter(Boolean).length;
}

function fragmentOf(html: string, slug: string, file: string): { fragment: string; title: string } {
  // Only the <article> is parsed: a third of the page is head, header and footer.
  const page = parse(html.slice(html.indexOf('<article'), html.lastIndexOf('</article>') + '</article>'.length));
  const body = page.querySelector('[data-article-body]');
  const canonical = decodeAttribute(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]);
  const title = page.querySelector('h1')?.text.trim();
  if (!body || !canonical || !title) throw new Error(`${file}: no article body, title or canonical URL to export`);
  const pageUrl = new URL(canonical);
  const base = pageUrl.pathname.replace(/articles\/[^/]+\/$/, '');
  const fragment = toWechatFragment(body, {
    pageUrl: pageUrl.href,
    qrPngUrl: new URL(`${base}qr/articles-${slug}.png`, pageUrl).href,
    siteName: decodeAttribute(html.match(/<meta property="og:site_name" content="([^"]*)"/)?.[1]) ?? '',
    title,
    strings: { tryIt: wechat.tryIt, footnotes: wechat.footnotes, credit: wechat.credit, practise: wechat.practise },
  });
  return { fragment, title };
}
