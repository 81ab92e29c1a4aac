import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles, DIST, DIST_LARGE, htmlPages, relative, wechatFragments } from './built-site.ts';

// What the WeChat 公众号 editor strips or refuses (see src/lib/wechat/fragment.ts).
const FORBIDDEN_TAGS = ['script', 'style', 'link', 'meta', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'svg', 'canvas', 'video', 'audio', 'noscript', 'dialog', 'details', 'summary', 'nav'];
const ARTICLES = builtFiles('index.html')
  .map((file) => relative(file))
  .filter((page) => /^articles\/[^/]+\/index\.html$/.test(page))
  .map((page) => page.split('/')[1]!);

/** Every problem the 公众号 editor would have with a fragment. */
function checkFragment(html: string): string[] {
  const problems: string[] = [];
  const root = parse(html);
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (FORBIDDEN_TAGS.includes(tag)) problems.push(`<${tag}> is stripped by the editor`);
    for (const name of Object.keys(element.attributes)) {
      if (name === 'class' || name === 'id' || name.startsWith('data-') || name.startsWith('on') || name.startsWith('aria-')) {
        problems.push(`<${tag} ${name}> is stripped by the editor`);
      }
    }
    if (tag === 'a' && !/^https:\/\/mp\.weixin\.qq\.com\//.test(element.getAttribute('href') ?? '')) {
      problems.push(`<a href="${element.getAttribute('href')}"> should be a footnote`);
    }
    if (tag === 'img') {
      const src = element.getAttribute('src') ?? '';
      if (!/^https?:\/\//.test(src)) problems.push(`<img src="${src.slice(0, 40)}"> must be an absolute http(s) URL (no relative, no data:)`);
      if (!element.getAttribute('alt')) problems.push('<img> without alt');
    }
    const style = element.getAttribute('style') ?? '';
    if (/url\(/.test(style)) problems.push(`<${tag}> style loads a URL`);
  }
  return problems;
}

describe('WeChat 公众号 fragments', () => {
  it('exist for every article', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(5);
    expect(wechatFragments().map((file) => relative(file)).sort()).toEqual(ARTICLES.map((slug) => `wechat-fragments/${slug}.html`).sort());
  });

  it.each(ARTICLES)('%s: follows every rule of the editor', (slug) => {
    const html = readFileSync(`${DIST}/wechat-fragments/${slug}.html`, 'utf8');
    expect(checkFragment(html)).toEqual([]);
    // Links turned into numbered footnotes, listed at the end with their full address.
    const marks = [...html.matchAll(/<sup[^>]*>\[(\d+)\]<\/sup>/g)].map((m) => Number(m[1]));
    for (const n of new Set(marks)) expect(html).toMatch(new RegExp(`>\\[${n}\\] https?://`));
    expect(html).toContain('本文来自快递面单防骗课堂');
    expect(html).toContain('信息来源');
  });

  it.each(ARTICLES)('%s: drawn parts pasted in their paste form: no doubled numbers, no stray arrows or axis, one 示意 per illustration', (slug) => {
    const root = parse(readFileSync(`${DIST}/wechat-fragments/${slug}.html`, 'utf8'));
    const paragraphs = root.querySelectorAll('p').map((p) => p.text.trim());
    for (const text of paragraphs) {
      expect(text, 'both of a flow\'s arrows').not.toMatch(/↓→|→↓/);
      expect(text, 'a step\'s number twice').not.toMatch(/^(\d+)\.\s*\1\D/);
      expect(text, 'a chart\'s axis run into its numbers').not.toMatch(/^0\d+ ?元/);
      expect(text, 'an icon letter run into a label').not.toMatch(/^[i!✓✗]\s*(说明|小贴士|警告)/);
      expect(text.split('示意').length - 1, `${text}: 示意 twice`).toBeLessThanOrEqual(1);
    }
    // An arrow stands alone between two steps, never beside words.
    for (const text of paragraphs.filter((p) => p.includes('↓'))) expect(text).toBe('↓');
    // Each article's dialogue keeps its one mark; the chart's rows read "label：price".
    const article = readFileSync(`${DIST}/articles/${slug}/index.html`, 'utf8');
    const dialogues = (article.match(/data-paste="dialogue"/g) ?? []).length;
    expect(paragraphs.filter((p) => p.includes('示意：本站编写')).length).toBe(dialogues);
    if (article.includes('data-paste="rows"')) expect(paragraphs).toContain('当天新产生的面单（最高）：15 元/条');
  });

  it('the checker catches what the editor would break', () => {
    const bad = '<div class="x" id="y"><script>1</script><a href="https://example.org/">x</a><img src="data:image/png;base64,AA" alt="x"><svg></svg></div>';
    expect(checkFragment(bad)).toEqual([
      '<div class> is stripped by the editor',
      '<div id> is stripped by the editor',
      '<script> is stripped by the editor',
      '<a href="https://example.org/"> should be a footnote',
      '<img src="data:image/png;base64,AA"> must be an absolute http(s) URL (no relative, no data:)',
      '<svg> is stripped by the editor',
    ]);
  });

  it('turns each link to a call simulation into a "扫码体验" card with that scenario\'s QR code', () => {
    for (const slug of ARTICLES) {
      const article = readFileSync(`${DIST}/articles/${slug}/index.html`, 'utf8');
      const fragment = readFileSync(`${DIST}/wechat-fragments/${slug}.html`, 'utf8');
      const scenarios = [...article.matchAll(/data-simulation-link="[^"]*\/simulate\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
      for (const id of scenarios) {
        expect(fragment).toMatch(new RegExp(`扫码体验模拟来电：[^<]+</p><img src="https?://[^"]+/qr/simulate-${id}\\.png"`));
        expect(existsSync(`${DIST}/qr/simulate-${id}.png`)).toBe(true);
      }
    }
    expect(readFileSync(`${DIST}/wechat-fragments/yiwu-case.html`, 'utf8')).toContain('/qr/simulate-lost-parcel.png');
  });

  it('replaces the interactive waybill tool with a QR card', () => {
    const html = readFileSync(`${DIST}/wechat-fragments/privacy-waybill.html`, 'utf8');
    expect(html).toMatch(/扫码或点击“阅读原文”[\s\S]*<img src="https?:\/\/[^"]+\/qr\/articles-privacy-waybill\.png"/);
  });
});

describe('WeChat pages (/wechat/<slug>/, written by the build from one rendered page)', () => {
  /** The title in an article's front matter, as the writer typed it. */
  const writtenTitle = (slug: string) => readFileSync(`content/articles/${slug}.mdx`, 'utf8').match(/^title: (.+)$/m)![1]!.trim();

  it.each([DIST, DIST_LARGE])('%s: one per article and nothing else under /wechat/', (dir) => {
    const articles = builtFiles('index.html', dir)
      .map((file) => relative(file, dir))
      .filter((page) => /^articles\/[^/]+\/index\.html$/.test(page))
      .map((page) => page.split('/')[1]!);
    const pages = builtFiles('.html', dir)
      .map((file) => relative(file, dir))
      .filter((page) => page.startsWith('wechat/'));
    expect(articles.length).toBeGreaterThanOrEqual(dir === DIST ? 5 : 300);
    expect(pages.sort()).toEqual(articles.map((slug) => `wechat/${slug}/index.html`).sort());
  });

  it.each(ARTICLES)('%s: titled with its article, showing its own fragment, leading back to it', (slug) => {
    const html = readFileSync(`${DIST}/wechat/${slug}/index.html`, 'utf8');
    expect(html).not.toMatch(/WECHAT_PAGE_/);
    const root = parse(html);
    const title = writtenTitle(slug);
    expect(root.querySelector('h1')!.text.trim()).toBe(`复制到公众号：${title}`);
    expect(root.querySelector('title')!.text).toContain(title);
    expect(root.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(`复制到公众号：${title}`);
    expect(root.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(new RegExp(`/wechat/${slug}/$`));
    expect(root.querySelector('iframe[data-preview]')!.getAttribute('src')).toMatch(new RegExp(`/wechat-fragments/${slug}\\.html$`));
    expect(root.querySelector('[data-wechat-copy]')!.getAttribute('data-fragment')).toMatch(new RegExp(`/wechat-fragments/${slug}\\.html$`));
    expect(root.querySelectorAll('a').some((a) => new RegExp(`/articles/${slug}/$`).test(a.getAttribute('href') ?? ''))).toBe(true);
    expect(existsSync(`${DIST}/wechat-fragments/${slug}.html`)).toBe(true);
  });

  it.each(ARTICLES)('%s: the rest of the post ready to copy: title, a 摘要 of at most 120 characters, the 原文链接 and both covers', (slug) => {
    const root = parse(readFileSync(`${DIST}/wechat/${slug}/index.html`, 'utf8'));
    const field = (name: string) => root.querySelector(`[data-copy-text="${name}"]`)?.text ?? '';
    expect(field('title')).toBe(writtenTitle(slug));
    const description = readFileSync(`content/articles/${slug}.mdx`, 'utf8').match(/^description: (.+)$/m)![1]!.trim();
    expect(field('summary')).toBe(description);
    expect([...field('summary')].length).toBeLessThanOrEqual(120);
    expect(field('original')).toMatch(new RegExp(`^https?://[^/]+/(.+/)?articles/${slug}/$`));
    for (const name of ['title', 'summary', 'original']) expect(root.querySelector(`button[data-copy-field="${name}"]`), name).toBeTruthy();
    expect(pngSize(`${DIST}/covers/${slug}/wide.png`)).toEqual([900, 383]);
    expect(pngSize(`${DIST}/covers/${slug}/square.png`)).toEqual([600, 600]);
    expect(root.querySelectorAll('.covers a').map((a) => a.getAttribute('href')!.replace(/^.*\/covers\//, ''))).toEqual([`${slug}/wide.png`, `${slug}/square.png`]);
    // The post's body images in one ZIP, numbered in order of appearance, each a file of the
    // build; a post with none has no ZIP, and the page says so. (The covers are downloaded above.)
    const images = [...new Set([...readFileSync(`${DIST}/wechat-fragments/${slug}.html`, 'utf8').matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => new URL(m[1]!).pathname))];
    if (images.length === 0) {
      expect(existsSync(`${DIST}/wechat-images/${slug}.zip`)).toBe(false);
      expect(root.querySelector('[data-images]')).toBeNull();
      expect(root.querySelector('[data-no-images]')!.text).toBe(`《${writtenTitle(slug)}》正文里没有图片，只需上传上面的两张封面。`);
    } else {
      const zip = readFileSync(`${DIST}/wechat-images/${slug}.zip`);
      const names = [...zip.toString('latin1').matchAll(/PK\x01\x02[\s\S]{42}([\x21-\x7e]+?\.(?:png|jpe?g))/g)].map((m) => m[1]);
      expect(names).toEqual(images.map((path, i) => `${String(i + 1).padStart(2, '0')}-${path.split('/').pop()}`));
      for (const path of images) {
        expect(path, 'a PNG or JPEG the editor can take').toMatch(/\.(png|jpe?g)$/);
        const file = readFileSync(`${DIST}/${path.replace(/^\//, '')}`);
        expect(zip.includes(file), `${path} whole in the ZIP`).toBe(true);
      }
      expect(root.querySelector('[data-images]')!.getAttribute('href')).toMatch(new RegExp(`/wechat-images/${slug}\\.zip$`));
      expect(root.querySelector('[data-no-images]')).toBeNull();
    }
    // This build has no public address, and the page says so where the editor looks.
    expect(root.querySelector('[data-local-site]')?.text).toContain('SITE_URL');
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const buffer = readFileSync(file);
  expect(buffer.subarray(1, 4).toString()).toBe('PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

describe('share images and QR codes', () => {
  it.each(ARTICLES)('%s: has a 900×383 and a square cover', (slug) => {
    expect(pngSize(`${DIST}/covers/${slug}/wide.png`)).toEqual([900, 383]);
    expect(pngSize(`${DIST}/covers/${slug}/square.png`)).toEqual([600, 600]);
  });

  it('has an SVG QR code for every page in the sitemap, and a PNG one only for the pages a 公众号 post shows a code of', () => {
    const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const nameOf = (path: string) => path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
    for (const path of paths) expect(readFileSync(`${DIST}/qr/${nameOf(path)}.svg`, 'utf8')).toContain('<svg');
    // Every article's, and every call simulation's (the 扫码体验 cards); no other page's.
    const wanted = paths.filter((path) => /^\/(articles\/[^/]+|simulate\/[^/]+)\/$/.test(path)).map(nameOf);
    const pngs = readdirSync(`${DIST}/qr`).filter((file) => file.endsWith('.png')).map((file) => file.replace(/\.png$/, ''));
    expect(pngs.sort()).toEqual(wanted.sort());
    for (const name of pngs) {
      const [width, height] = pngSize(`${DIST}/qr/${name}.png`);
      expect(width).toBe(height);
    }
  });
});

describe('share metadata', () => {
  it.each(htmlPages().map((file) => relative(file)).filter((page) => page !== '404.html'))('%s: title, description, canonical and Open Graph', (page) => {
    const root = parse(readFileSync(`${DIST}/${page}`, 'utf8'));
    const meta = (selector: string) => root.querySelector(selector)?.getAttribute('content') ?? '';
    expect(root.querySelector('title')?.text.trim().length).toBeGreaterThan(2);
    expect(meta('meta[name="description"]').length).toBeGreaterThanOrEqual(20);
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    for (const property of ['og:title', 'og:description', 'og:image', 'og:url']) expect(meta(`meta[property="${property}"]`), property).not.toBe('');
    if (/^articles\/[^/]+\/index\.html$/.test(page)) expect(meta('meta[property="og:image"]')).toMatch(/\/covers\/[^/]+\/wide\.png$/);
  });

  it('a /wechat/ page\'s CSP accepts exactly its fragment\'s inline styles, so copying logs no error, and never inline styles in general', () => {
    const page = readFileSync(`${DIST}/wechat/yiwu-case/index.html`, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
    const styleSrc = policy.split(';').find((directive) => directive.trim().startsWith('style-src')) ?? '';
    expect(styleSrc).toContain("'unsafe-hashes'");
    expect(styleSrc).not.toContain("'unsafe-inline'");
    const fragment = readFileSync(`${DIST}/wechat-fragments/yiwu-case.html`, 'utf8');
    const styles = new Set(parse(fragment).querySelectorAll('[style]').map((element) => element.getAttribute('style')));
    expect(styleSrc.match(/'sha256-/g)!.length).toBeGreaterThanOrEqual(styles.size);
  });

  it('the 404 page, served at whatever address was asked for, names no address of its own', () => {
    const root = parse(readFileSync(`${DIST}/404.html`, 'utf8'));
    expect(root.querySelector('link[rel="canonical"]')).toBeNull();
    expect(root.querySelector('meta[property="og:url"]')).toBeNull();
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
