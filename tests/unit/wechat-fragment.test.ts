import { describe, expect, it } from 'vitest';
import { missingGlyphs } from '../../src/integration/images/cjk-font.ts';
import { parse } from 'node-html-parser';
import { toWechatFragment } from '../../src/lib/wechat/fragment.ts';

const options = {
  pageUrl: 'https://example.org/articles/a/',
  qrPngUrl: 'https://example.org/qr/articles-a.png',
  brandColour: '#0b5cad',
  title: '标题',
  strings: { tryIt: '扫码体验', footnotes: '文中链接', credit: '原文：', practise: '扫码练一练：' },
};

describe('toWechatFragment', () => {
  it('turns links into numbered footnotes with absolute addresses, once per address', () => {
    const out = toWechatFragment('<p>看<a href="/articles/b/">这篇</a>和<a href="https://x.example/">那篇</a>，再看<a href="/articles/b/">这篇</a>。</p>', options);
    expect(out).not.toContain('<a ');
    expect(out).toContain('这篇<sup style="font-size:12px;color:#0b5cad;">[1]</sup>');
    expect(out).toContain('那篇<sup style="font-size:12px;color:#0b5cad;">[2]</sup>');
    expect(out).toContain('[1] https://example.org/articles/b/');
    expect(out).toContain('[2] https://x.example/');
    expect(out.match(/\[1\] /g)).toHaveLength(1);
  });

  it('keeps glossary words as plain text, without a footnote', () => {
    const out = toWechatFragment('<p>一家<a class="term" href="/glossary/#cloud-warehouse" data-glossary="cloud-warehouse">云仓</a>的电脑。</p>', options);
    expect(out).toContain('一家云仓的电脑。');
    expect(out).not.toContain('<sup');
    expect(out).not.toContain('glossary');
  });

  it('keeps phone numbers as text, drops scripts, svg, classes and ids, and inlines styles', () => {
    const out = toWechatFragment('<div class="x" id="y"><p class="p">拨打<a href="tel:110">110</a></p><script>1</script><svg></svg><h2 id="t">标题</h2></div>', options);
    expect(out).toContain('拨打110');
    expect(out).not.toMatch(/<script|<svg|class=|id=|<div/);
    expect(out).toMatch(/<h2 style="font-size:20px;[^"]*">标题<\/h2>/);
  });

  it('replaces interactive parts with a QR card and ends with the credit', () => {
    const out = toWechatFragment('<p>前</p><div data-waybill-tool hidden><input></div>', options);
    expect(out).toContain('<img src="https://example.org/qr/articles-a.png" alt="标题"');
    expect(out).not.toContain('<input');
    expect(out.endsWith('原文： https://example.org/articles/a/</p></section>')).toBe(true);
    // One outer section carries the editor's sans-serif font for everything pasted.
    expect(out).toMatch(/^<section style="font-family:[^"]*sans-serif;/);
  });

  it('shows a table that was only there for screen readers, and drops other hidden text', () => {
    const out = toWechatFragment('<div class="visually-hidden"><table><tr><td>3 元</td></tr></table></div><span class="visually-hidden">（已隐藏）</span>', options);
    expect(out).toContain('3 元');
    expect(out).not.toContain('已隐藏');
  });
});

describe('toWechatFragment and call simulations', () => {
  it('turns a link to a simulation into a card with its QR code and full address', () => {
    const out = toWechatFragment(
      '<div class="practice" role="note" data-simulation-link="/simulate/lost-parcel/" data-qr="/qr/simulate-lost-parcel.png" data-title="快递丢了"><p>练一练</p><a href="/simulate/lost-parcel/">开始</a></div>',
      options,
    );
    expect(out).toContain('扫码练一练：快递丢了');
    expect(out).toContain('<img src="https://example.org/qr/simulate-lost-parcel.png" alt="快递丢了"');
    expect(out).toContain('https://example.org/simulate/lost-parcel/');
    expect(out).not.toMatch(/<a |data-|class=/);
  });
});

describe('toWechatFragment on a parsed article body', () => {
  it('gives the same fragment as from the body HTML', () => {
    const body = '<h2 id="a">标题</h2><p class="x">看<a href="/articles/b/">这篇</a>，拨打<a href="tel:110">110</a>。</p><div data-quiz hidden><button>答</button></div><ul><li><strong>一</strong></li></ul>';
    const page = parse(`<article><h1>题</h1><div class="prose" data-article-body>${body}</div></article>`);
    expect(toWechatFragment(page.querySelector('[data-article-body]')!, options)).toBe(toWechatFragment(body, options));
  });
});

describe('the share-image font', () => {
  it('covers the Chinese, digits and punctuation of titles, and reports what it lacks', () => {
    expect(missingGlyphs('案例：义乌云仓木马案，138****5678（GB/T 41833-2022）')).toEqual([]);
    expect(missingGlyphs('\u{E000}')).toEqual(['\u{E000}']);
  });
});
