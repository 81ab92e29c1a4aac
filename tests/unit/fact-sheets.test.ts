import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { FACT_SHEET_TEMPLATE, factSheetPage } from '../../src/integration/fact-sheets.ts';

const { id, title, line } = FACT_SHEET_TEMPLATE;
const template = `<title>打印：${title}</title><h1 class="a">${title}</h1><ol class="remember a"><li class="a">${line}</li></ol><img src="/qr/articles-${id}.svg"><link rel="canonical" href="https://x.example/print/articles/${id}/">`;

describe('factSheetPage', () => {
  it('fills in the id and title, and one list item per line with the template\'s attributes', () => {
    const html = factSheetPage(template, { id: 'yiwu-case', title: '义乌云仓木马案', remember: ['第一条。', '第二条。', '第三条。'] });
    expect(html).toBe(
      '<title>打印：义乌云仓木马案</title><h1 class="a">义乌云仓木马案</h1><ol class="remember a"><li class="a">第一条。</li><li class="a">第二条。</li><li class="a">第三条。</li></ol><img src="/qr/articles-yiwu-case.svg"><link rel="canonical" href="https://x.example/print/articles/yiwu-case/">',
    );
  });

  it('keeps the words text: a title or a line with markup is escaped', () => {
    const root = parse(factSheetPage(template, { id: 'a', title: '<b>标题</b> & "引号"', remember: ["<script>x</script>", '二', "'三'"] }));
    expect(root.querySelector('h1')!.text).toBe('<b>标题</b> & "引号"');
    expect(root.querySelectorAll('li').map((li) => li.text)).toEqual(['<script>x</script>', '二', "'三'"]);
    expect(root.querySelector('script')).toBeNull();
  });
});
