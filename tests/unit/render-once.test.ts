import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { factSheetTemplate, wechatPageTemplate } from '../../src/lib/render-once/pages.ts';
import { defineTemplate } from '../../src/lib/render-once/slots.ts';

describe('a page rendered once and filled per article', () => {
  const { id, title, remember } = factSheetTemplate.marks;
  // As Astro renders the fact sheet: marks in text, in attributes, and percent-encoded in URLs.
  const canonical = new URL(`/print/articles/${id}/`, 'https://x.example').href;
  const template = `<title>打印：${title}</title><link rel="canonical" href="${canonical}"><h1 class="a">${title}</h1><ol class="remember a">${remember.start}<li class="a">${remember.item}</li>${remember.end}</ol><img src="/qr/articles-${id}.svg">`;

  it('fills text slots, repeats a list slot once per line with its markup, and puts values into URLs encoded', () => {
    expect(canonical).not.toContain(id);
    const html = factSheetTemplate.fill(template, { id: 'yiwu-case', title: '义乌云仓木马案', remember: ['第一条。', '第二条。', '第三条。'] });
    expect(html).toBe(
      '<title>打印：义乌云仓木马案</title><link rel="canonical" href="https://x.example/print/articles/yiwu-case/"><h1 class="a">义乌云仓木马案</h1><ol class="remember a"><li class="a">第一条。</li><li class="a">第二条。</li><li class="a">第三条。</li></ol><img src="/qr/articles-yiwu-case.svg">',
    );
  });

  it('keeps the words text: a title or a line with markup is escaped, in elements and in attributes', () => {
    const page = `<h1 data-x="${wechatPageTemplate.marks.title}">${wechatPageTemplate.marks.title}</h1><a href="/articles/${wechatPageTemplate.marks.slug}/">回</a>`;
    const root = parse(wechatPageTemplate.fill(page, { slug: 'a', title: `"引号" <b>标签</b> & 'x'`, summary: 's', archive: [], noImages: [] }));
    expect(root.querySelector('h1')!.text).toBe(`"引号" <b>标签</b> & 'x'`);
    expect(root.querySelector('h1')!.getAttribute('data-x')).toBe(`"引号" <b>标签</b> & 'x'`);
    expect(root.querySelector('b')).toBeNull();
    const sheet = parse(factSheetTemplate.fill(template, { id: 'a', title: 't', remember: ['<script>x</script>', "'三'"] }));
    expect(sheet.querySelectorAll('li').map((li) => li.text)).toEqual(['<script>x</script>', "'三'"]);
    expect(sheet.querySelector('script')).toBeNull();
  });

  it('fails when the page shows a slot its template does not declare, or lacks a list\'s marks', () => {
    const other = defineTemplate('other page', { text: ['title', 'kicker'] });
    expect(() => wechatPageTemplate.fill(`<p>${other.marks.kicker}</p>`, { slug: 'a', title: 'b', summary: 'c', archive: [], noImages: [] })).toThrow(/WeChat page template has slots the build did not fill: kicker/);
    expect(() => wechatPageTemplate.fill(`<a href="${new URL(`/x/${other.marks.kicker}/`, 'https://x.example').href}">`, { slug: 'a', title: 'b', summary: 'c', archive: [], noImages: [] })).toThrow(/did not fill: kicker/);
    expect(() => factSheetTemplate.fill(`<ol>${remember.start}<li></li>${remember.end}</ol>`, { id: 'a', title: 'b', remember: ['c'] })).toThrow(/list "remember" needs its start, item and end marks/);
  });

  it('the marks are characters no content contains', () => {
    expect(title).toMatch(/^[\u{E000}-\u{F8FF}]title[\u{E000}-\u{F8FF}]$/u);
  });
});
