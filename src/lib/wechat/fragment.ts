import { HTMLElement, NodeType, parse, TextNode, type Node } from 'node-html-parser';
import { escapeHtml } from '../escape-html.ts';
import { applyPasteForms } from './paste-forms.ts';

/**
 * Turns an article's rendered HTML into a fragment the WeChat 公众号 editor keeps intact.
 * The editor strips <script>, <style>, <link>, classes, ids, forms and iframes, refuses
 * data: images and makes only mp.weixin.qq.com links clickable. So every element gets
 * its look from an inline style, links become numbered footnotes, interactive parts
 * become a "scan to try it" card with a QR code, and the sources and a credit close it.
 */
export interface FragmentOptions {
  /** Absolute URL of the article on the site. */
  pageUrl: string;
  /** Absolute URL of the article's QR code as PNG. */
  qrPngUrl: string;
  /** The edition's brand colour (content/edition.yaml), for headings, marks and cards. */
  brandColour: string;
  title: string;
  strings: { tryIt: string; footnotes: string; credit: string; practise: string };
}

const BASE = 'font-size:16px;line-height:1.8;color:#222;';
/** The editor's own sans-serif stack, on the sections (their text inherits it), so the preview and the paste look as WeChat shows them. */
const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Helvetica Neue','PingFang SC','Hiragino Sans GB','Microsoft YaHei UI','Microsoft YaHei',Arial,sans-serif;";
/** Each kept element's inline style, in the edition's colour. */
const stylesFor = (brand: string): Record<string, string> => ({
  section: `${FONT}${BASE}`,
  p: `${BASE}margin:0 0 1em;`,
  h2: `font-size:20px;line-height:1.5;font-weight:bold;color:${brand};margin:1.6em 0 0.6em;padding-bottom:4px;border-bottom:2px solid ${brand};`,
  h3: 'font-size:17px;line-height:1.5;font-weight:bold;color:#222;margin:1.2em 0 0.5em;',
  ul: `${BASE}margin:0 0 1em;padding-left:1.5em;`,
  ol: `${BASE}margin:0 0 1em;padding-left:1.5em;`,
  li: `${BASE}margin:0 0 0.4em;`,
  blockquote: `${BASE}margin:0 0 1em;padding:8px 12px;border-left:4px solid #ccc;color:#555;`,
  table: 'border-collapse:collapse;width:100%;margin:0 0 1em;font-size:15px;',
  th: 'border:1px solid #ccc;padding:6px 8px;background:#f3f1ea;text-align:left;',
  td: 'border:1px solid #ccc;padding:6px 8px;text-align:left;',
  strong: 'font-weight:bold;color:#a3191b;',
  em: 'font-style:italic;',
  code: 'font-family:monospace;background:#f3f1ea;padding:0 4px;',
  figcaption: 'font-size:14px;line-height:1.6;color:#555;margin:0 0 0.5em;font-weight:bold;',
  cite: 'font-style:normal;font-weight:bold;',
  time: '',
  sup: `font-size:12px;color:${brand};`,
  span: '',
  br: '',
  img: 'display:block;max-width:100%;margin:0 auto;',
});
type Styles = ReturnType<typeof stylesFor>;

/**
 * Elements with no place in a WeChat post: removed with their content. A component marks
 * its decorations (an icon, a step's badge, a label's stamp) `data-paste-skip`: the words
 * beside them say what they show. Other aria-hidden text stays: a masked phone number's
 * stars are hidden from screen readers (who hear words instead) but are what the post shows.
 */
const DROP = 'script, style, link, noscript, svg, button, input, form, iframe, dialog, nav, .toc, [data-read-aloud], [data-paste-skip], .visually-hidden[aria-hidden], [hidden]';
/** Interactive parts: replaced by a card that sends readers to the site. */
const INTERACTIVE = '[data-waybill-tool], [data-quiz], [data-search]';
/** Wrappers whose content is kept but which become a plain section. */
const BLOCKS = new Set(['div', 'figure', 'article', 'aside', 'header', 'footer', 'main', 'dl', 'dd', 'dt']);

/** The frame of a "scan to try it" card. */
const cardStyle = (options: FragmentOptions) => `border:2px solid ${options.brandColour};border-radius:8px;padding:12px;margin:0 0 1em;text-align:center;${BASE}`;

function card(options: FragmentOptions, styles: Styles): string {
  return `<section style="${cardStyle(options)}"><p style="${styles['p']}font-weight:bold;">${escapeHtml(options.strings.tryIt)}</p><img src="${options.qrPngUrl}" alt="${escapeHtml(options.title)}" style="width:160px;height:160px;display:block;margin:0 auto;" /></section>`;
}

/** A call simulation the article sends readers to: its title, its address and its QR code, scanned from the post. */
function practiseCard(link: HTMLElement, options: FragmentOptions, styles: Styles): string {
  const base = new URL(options.pageUrl);
  const title = link.getAttribute('data-title') ?? '';
  const href = new URL(link.getAttribute('data-simulation-link') ?? '/', base).href;
  const qr = new URL(link.getAttribute('data-qr') ?? '/', base).href;
  return `<section style="${cardStyle(options)}"><p style="${styles['p']}font-weight:bold;">${escapeHtml(options.strings.practise)}${escapeHtml(title)}</p><img src="${qr}" alt="${escapeHtml(title)}" style="width:160px;height:160px;display:block;margin:0 auto;" /><p style="${styles['p']}font-size:13px;word-break:break-all;">${escapeHtml(href)}</p></section>`;
}

/**
 * `article` is the article body: its HTML, or the element already parsed (the build parses
 * each page once), whose children then move into the fragment.
 */
export function toWechatFragment(article: string | HTMLElement, options: FragmentOptions): string {
  const styles = stylesFor(options.brandColour);
  const root = parse(`<section>${typeof article === 'string' ? article : ''}</section>`, { comment: false });
  if (typeof article !== 'string') (root.firstChild as HTMLElement).append(...article.childNodes);
  // Interactive parts first: they start hidden until their script runs.
  for (const element of root.querySelectorAll(INTERACTIVE)) element.replaceWith(...parse(card(options, styles)).childNodes);
  for (const element of root.querySelectorAll('[data-simulation-link]')) element.replaceWith(...parse(practiseCard(element, options, styles)).childNodes);
  // Drawn parts (diagrams, the chart, dialogues) in the form chosen for each in ./paste-forms.ts.
  applyPasteForms(root, { p: styles['p']!, strong: styles['strong']! });
  for (const element of root.querySelectorAll(DROP)) element.remove();
  // Text that exists only for screen readers would read twice in a post.
  for (const element of root.querySelectorAll('.visually-hidden')) {
    if (element.querySelector('table')) element.replaceWith(...element.childNodes);
    else element.remove();
  }

  const footnotes: string[] = [];
  const base = new URL(options.pageUrl);
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    const text = link.text.trim();
    // A glossary word reads as plain text: a footnote on every explained word would bury the real links.
    if (href.startsWith('#') || href === '' || link.hasAttribute('data-glossary')) {
      link.replaceWith(new TextNode(text, link.parentNode));
      continue;
    }
    if (href.startsWith('tel:')) {
      link.replaceWith(new TextNode(text, link.parentNode));
      continue;
    }
    const absolute = new URL(href, base).href;
    if (/^https?:\/\/mp\.weixin\.qq\.com\//.test(absolute)) continue;
    let number = footnotes.indexOf(absolute) + 1;
    if (number === 0) number = footnotes.push(absolute);
    link.replaceWith(...parse(`${escapeHtml(text)}<sup>[${number}]</sup>`).childNodes);
  }

  clean(root, styles);
  const notes =
    footnotes.length === 0
      ? ''
      : `<section style="${BASE}font-size:14px;color:#555;"><p style="${styles['p']}font-size:14px;font-weight:bold;">${escapeHtml(options.strings.footnotes)}</p>${footnotes
          .map((url, i) => `<p style="${styles['p']}font-size:13px;word-break:break-all;">[${i + 1}] ${escapeHtml(url)}</p>`)
          .join('')}</section>`;
  const credit = `<p style="${styles['p']}font-size:14px;color:#555;">${escapeHtml(options.strings.credit)} ${escapeHtml(options.pageUrl)}</p>`;
  // One outer section carries the editor's font for everything pasted.
  return `<section style="${FONT}${BASE}">${root.innerHTML}${notes}${credit}</section>`;
}

/** Unwraps unknown wrappers, drops every attribute but a few, and sets inline styles. */
function clean(node: Node, styles: Styles): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const element = child as HTMLElement;
    clean(element, styles);
    let tag = (element.tagName ?? '').toLowerCase();
    if (BLOCKS.has(tag)) {
      element.tagName = 'SECTION';
      tag = 'section';
    }
    if (!tag || !(tag in styles)) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    const keep: Record<string, string> = {};
    if (tag === 'img') {
      keep['src'] = element.getAttribute('src') ?? '';
      keep['alt'] = element.getAttribute('alt') ?? '';
    }
    if (tag === 'td' || tag === 'th') {
      for (const name of ['colspan', 'rowspan']) {
        const value = element.getAttribute(name);
        if (value) keep[name] = value;
      }
    }
    const style = (element.getAttribute('style') ?? '') || styles[tag] || '';
    for (const name of Object.keys(element.attributes)) element.removeAttribute(name);
    for (const [name, value] of Object.entries(keep)) element.setAttribute(name, value);
    if (style) element.setAttribute('style', style);
  }
}
