// Writes, for every article, the fragment to paste into a WeChat 公众号 post:
// dist/wechat/<slug>.html (the /wechat/<slug>/ page previews and copies it). Runs after
// `astro build`, from the built article pages, through src/lib/wechat/fragment.ts.
//   node scripts/wechat-export.mjs [outDir]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { wechat } from '../src/i18n/ui.ts';
import { toWechatFragment } from '../src/lib/wechat/fragment.ts';

const outDir = process.argv[2] ?? 'dist';
const articlesDir = join(outDir, 'articles');
mkdirSync(join(outDir, 'wechat'), { recursive: true });
let count = 0;
for (const slug of readdirSync(articlesDir)) {
  const file = join(articlesDir, slug, 'index.html');
  if (!existsSync(file)) continue;
  const page = parse(readFileSync(file, 'utf8'));
  const body = page.querySelector('[data-article-body]');
  const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!body || !canonical) throw new Error(`${file}: no article body or canonical URL to export`);
  const pageUrl = new URL(canonical);
  const base = pageUrl.pathname.replace(/articles\/[^/]+\/$/, '');
  const fragment = toWechatFragment(body.innerHTML, {
    pageUrl: pageUrl.href,
    qrPngUrl: new URL(`${base}qr/articles-${slug}.png`, pageUrl).href,
    siteName: page.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
    title: page.querySelector('h1')?.text.trim() ?? slug,
    strings: { tryIt: wechat.tryIt, footnotes: wechat.footnotes, credit: wechat.credit },
  });
  writeFileSync(join(outDir, 'wechat', `${slug}.html`), `${fragment}\n`);
  count += 1;
}
console.log(`WeChat fragments: ${count} → ${outDir}/wechat/`);
