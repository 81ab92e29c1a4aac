import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { edition } from '../config/edition.ts';
import { wechat } from '../i18n/ui.ts';
import { wechatPageTemplate } from '../lib/render-once/pages.ts';
import { fill } from '../lib/template.ts';
import { articlePath, joinBase, wechatFragmentPath } from '../lib/url.ts';
import { toWechatFragment } from '../lib/wechat/fragment.ts';
import { onlyFileOf, type ManifestArticle } from './build-manifest.ts';

/** Where the site is published: its origin and base path, as Astro was configured. */
export interface Address {
  site: string;
  base: string;
}

/**
 * Writes, for every article, the fragment to paste into a WeChat 公众号 post, from the
 * article's body exactly as published (src/lib/wechat/fragment.ts does the conversion), and
 * the article's /wechat/<slug>/ page, from the template Astro rendered once. The fragments
 * live in their own folder: beside the /wechat/<slug>/ pages, "<slug>.html" would be served
 * for "/wechat/<slug>/" by hosts that prefer "<path>.html". Returns the number of articles.
 */
export async function exportWechat(outDir: string, assets: Map<string, URL[]>, articles: readonly ManifestArticle[], address: Address): Promise<number> {
  const templateFile = onlyFileOf(assets, wechatPageTemplate.route);
  const template = await readFile(templateFile, 'utf8');
  await rm(dirname(templateFile), { recursive: true });
  await mkdir(join(outDir, 'wechat-fragments'), { recursive: true });
  // Files are read and written asynchronously, so Node only spends its time on the parsing:
  // this step runs beside the search index and the images, on the same two cores.
  await Promise.all(
    articles.map(async ({ slug, title, summary }) => {
      const body = await articleBody(join(outDir, articlePath(slug), 'index.html'));
      const pageUrl = new URL(joinBase(address.base, articlePath(slug)), address.site).href;
      const fragment = toWechatFragment(body, {
        pageUrl,
        qrPngUrl: new URL(joinBase(address.base, `/qr/articles-${slug}.png`), address.site).href,
        brandColour: edition.colour,
        title,
        strings: { tryIt: wechat.tryIt, footnotes: wechat.footnotes, credit: edition.organisation ? fill(wechat.creditWithOrganisation, { site: edition.name, organisation: edition.organisation }) : fill(wechat.credit, { site: edition.name }), practise: wechat.practise },
      });
      await mkdir(join(outDir, 'wechat', slug), { recursive: true });
      await Promise.all([
        writeFile(join(outDir, wechatFragmentPath(slug)), `${fragment}\n`),
        writeFile(join(outDir, 'wechat', slug, 'index.html'), wechatPageTemplate.fill(template, { slug, title, summary })),
      ]);
    }),
  );
  return articles.length;
}

/** The article's body as published: the element the article layout marks data-article-body. */
async function articleBody(file: string) {
  const html = await readFile(file, 'utf8');
  // Only the <article> is parsed: a third of the page is head, header and footer.
  const body = parse(html.slice(html.indexOf('<article'), html.lastIndexOf('</article>') + '</article>'.length)).querySelector('[data-article-body]');
  if (!body) throw new Error(`${file}: no element with data-article-body to export to WeChat (src/layouts/ArticleLayout.astro marks it).`);
  return body;
}
