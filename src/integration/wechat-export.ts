import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { wechat } from '../i18n/ui.ts';
import { toWechatFragment } from '../lib/wechat/fragment.ts';

/** Where an article's paste-in fragment is written, under the build folder. */
export const wechatFragmentPath = (slug: string) => `wechat-fragments/${slug}.html`;

/**
 * Writes, for every built article, the fragment to paste into a WeChat 公众号 post, from the
 * article exactly as published (src/lib/wechat/fragment.ts does the conversion). The
 * fragments live in their own folder: beside the /wechat/<slug>/ pages, "<slug>.html"
 * would be served for "/wechat/<slug>/" by hosts that prefer "<path>.html".
 */
/** An attribute value as written in the built HTML, with its entities decoded. */
function decodeAttribute(value: string | undefined): string | undefined {
  return value === undefined ? undefined : (parse(`<i title="${value}"></i>`).querySelector('i')?.getAttribute('title') ?? value);
}

export function exportWechatFragments(outDir: string): number {
  const articlesDir = join(outDir, 'articles');
  mkdirSync(join(outDir, 'wechat-fragments'), { recursive: true });
  let count = 0;
  for (const slug of readdirSync(articlesDir)) {
    const file = join(articlesDir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    // Only the <article> is parsed (a third of the page is head, header and footer): at 300
    // articles this step runs beside the search index and the images, on the same two cores.
    const page = parse(html.slice(html.indexOf('<article'), html.lastIndexOf('</article>') + '</article>'.length));
    const body = page.querySelector('[data-article-body]');
    const canonical = decodeAttribute(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]);
    if (!body || !canonical) throw new Error(`${file}: no article body or canonical URL to export`);
    const pageUrl = new URL(canonical);
    const base = pageUrl.pathname.replace(/articles\/[^/]+\/$/, '');
    const fragment = toWechatFragment(body.innerHTML, {
      pageUrl: pageUrl.href,
      qrPngUrl: new URL(`${base}qr/articles-${slug}.png`, pageUrl).href,
      siteName: decodeAttribute(html.match(/<meta property="og:site_name" content="([^"]*)"/)?.[1]) ?? '',
      title: page.querySelector('h1')?.text.trim() ?? slug,
      strings: { tryIt: wechat.tryIt, footnotes: wechat.footnotes, credit: wechat.credit },
    });
    writeFileSync(join(outDir, wechatFragmentPath(slug)), `${fragment}\n`);
    count += 1;
  }
  return count;
}
