import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { edition } from '../config/edition.ts';
import { wechat } from '../i18n/ui.ts';
import { wechatPageTemplate } from '../lib/render-once/pages.ts';
import { fill } from '../lib/template.ts';
import { articlePath, joinBase, wechatFragmentPath, wechatImagesPath } from '../lib/url.ts';
import { zipStored } from '../lib/archive/zip.ts';
import { toWechatFragment } from '../lib/wechat/fragment.ts';
import { onlyFileOf, type ManifestArticle } from './build-manifest.ts';
import { allowStyleAttributes, styleAttributeHashes } from './wechat-csp.ts';

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
 * for "/wechat/<slug>/" by hosts that prefer "<path>.html". Returns each article's fragment,
 * for writeWechatImages once the images are drawn.
 */
export async function exportWechat(outDir: string, assets: Map<string, URL[]>, articles: readonly ManifestArticle[], address: Address): Promise<Map<string, string>> {
  const templateFile = onlyFileOf(assets, wechatPageTemplate.route);
  const template = await readFile(templateFile, 'utf8');
  await rm(dirname(templateFile), { recursive: true });
  await mkdir(join(outDir, 'wechat-fragments'), { recursive: true });
  const fragments = new Map<string, string>();
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
      fragments.set(slug, fragment);
      const withImages = hasImages(fragment);
      await mkdir(join(outDir, 'wechat', slug), { recursive: true });
      await Promise.all([
        writeFile(join(outDir, wechatFragmentPath(slug)), `${fragment}\n`),
        writeFile(
          join(outDir, 'wechat', slug, 'index.html'),
          allowStyleAttributes(
            wechatPageTemplate.fill(template, { slug, title, summary, archive: withImages ? [slug] : [], noImages: withImages ? [] : [title] }),
            styleAttributeHashes(fragment),
          ),
        ),
      ]);
    }),
  );
  return fragments;
}

/** The images a fragment shows, each once, in order of appearance. */
const imagesOf = (fragment: string) => [...new Set([...fragment.matchAll(/<img [^>]*src="([^"]+)"/g)].map((match) => match[1]!))];
const hasImages = (fragment: string) => imagesOf(fragment).length > 0;

/**
 * Writes the ZIP of each post's body images (below), for the posts that have any. It runs
 * after the images step: the archives hold the QR codes that step draws.
 */
export async function writeWechatImages(outDir: string, fragments: Map<string, string>, address: Address): Promise<void> {
  await mkdir(join(outDir, 'wechat-images'), { recursive: true });
  const withImages = [...fragments].filter(([, fragment]) => hasImages(fragment));
  await Promise.all(withImages.map(async ([slug, fragment]) => writeFile(join(outDir, wechatImagesPath(slug)), await imagesArchive(fragment, outDir, address, slug))));
}

/**
 * A post's body images in one ZIP, for an editor who uploads images by hand: numbered in
 * the order they appear (01-…, 02-…). The covers are not in it: the page offers each of
 * them on its own, and at 300 articles copies of them made up a fifth of the site's bytes.
 * Every image is a file of this build; one that is not fails the build, since the post
 * would show a broken image.
 */
async function imagesArchive(fragment: string, outDir: string, address: Address, slug: string): Promise<Buffer> {
  const siteRoot = new URL(joinBase(address.base, '/'), address.site).href;
  const sources = imagesOf(fragment);
  const entries = await Promise.all(
    sources.map(async (src, index) => {
      if (!src.startsWith(siteRoot)) throw new Error(`wechat-fragments/${slug}.html: image ${src} is not on this site (${siteRoot}); a 公众号 post can only show images the editor can take.`);
      const file = decodeURIComponent(src.slice(siteRoot.length));
      const data = await readFile(join(outDir, file)).catch(() => {
        throw new Error(`wechat-fragments/${slug}.html: image ${src} is not in the build (${file}).`);
      });
      return { name: `${String(index + 1).padStart(2, '0')}-${file.split('/').pop()}`, data };
    }),
  );
  return zipStored(entries);
}

/** The article's body as published: the element the article layout marks data-article-body. */
async function articleBody(file: string) {
  const html = await readFile(file, 'utf8');
  // Only the <article> is parsed: a third of the page is head, header and footer.
  const body = parse(html.slice(html.indexOf('<article'), html.lastIndexOf('</article>') + '</article>'.length)).querySelector('[data-article-body]');
  if (!body) throw new Error(`${file}: no element with data-article-body to export to WeChat (src/layouts/ArticleLayout.astro marks it).`);
  return body;
}
