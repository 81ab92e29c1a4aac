import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pasteForm } from '../../src/lib/wechat/paste-forms.ts';

const styles = { p: 'margin:0;', strong: 'font-weight:bold;' };
const element = (html: string) => parse(html).firstChild as HTMLElement;
const paragraphs = (html: string) => parse(html).querySelectorAll('p').map((p) => p.text);

describe('pasteForm', () => {
  it('steps: a numbered bold line per step, what it does under it, and a lone ↓ between (never the badge or both arrows)', () => {
    const flow = element(
      '<ol data-paste="steps"><li data-paste-part="step"><p><span aria-hidden="true">1</span><span data-paste-part="label">电脑</span></p><p data-paste-part="value">存着面单</p><span aria-hidden="true">↓→</span></li><li data-paste-part="step"><p><span data-paste-part="label">木马</span></p><p data-paste-part="value">偷走数据</p></li></ol>',
    );
    expect(paragraphs(pasteForm(flow, styles))).toEqual(['1. 电脑', '存着面单', '↓', '2. 木马', '偷走数据']);
  });

  it('rows: the title, then "label：value" per row, without the drawing\'s axis', () => {
    const chart = element(
      '<figure data-paste="rows"><figcaption data-paste-part="title">价格</figcaption><ul><li data-paste-part="row"><span data-paste-part="label">一般</span><span data-paste-part="value">3～5 元/条</span></li></ul><p>0</p><p>20 元</p></figure>',
    );
    expect(paragraphs(pasteForm(chart, styles))).toEqual(['价格', '一般：3～5 元/条']);
  });

  it('dialogue: the title with its one mark, then "speaker：words"', () => {
    const call = element(
      '<figure data-paste="dialogue"><figcaption><span data-paste-part="title">一通电话</span><span data-paste-part="mark">示意：本站编写</span></figcaption><ol><li data-paste-part="row"><span data-paste-part="label">来电者</span><span>：</span><span data-paste-part="value">您好</span></li></ol></figure>',
    );
    expect(paragraphs(pasteForm(call, styles))).toEqual(['一通电话 · 示意：本站编写', '来电者：您好']);
  });

  it('heading: a callout\'s kind and title as one line without the icon; words are escaped, never markup', () => {
    const head = element('<p data-paste="heading"><span aria-hidden="true">i</span><span data-paste-part="label">说明：</span><span data-paste-part="label">&lt;b&gt;价格&lt;/b&gt;</span></p>');
    const html = pasteForm(head, styles);
    expect(paragraphs(html)).toEqual(['说明：<b>价格</b>']);
    expect(parse(html).querySelector('b')).toBeNull();
  });

  it('refuses a form it does not know, naming the ones it does', () => {
    expect(() => pasteForm(element('<div data-paste="table"></div>'), styles)).toThrow(/steps, rows, dialogue, heading/);
  });
});
