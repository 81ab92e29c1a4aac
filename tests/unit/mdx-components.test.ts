import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// TipList and HotlineList read content collections. The content layer's data store is not
// filled inside Vitest, so astro:content is replaced by fixed entries shaped like the
// schemas' output (deliberately out of order, to prove the components sort).
vi.mock('astro:content', () => {
  const collections: Record<string, { id: string; collection: string; data: Record<string, unknown> }[]> = {
    tips: [
      {
        id: 'second',
        collection: 'tips',
        data: {
          order: 2,
          rule: '不加陌生“客服”的微信',
          why: '正规快递理赔在官方渠道办理，不需要加私人微信。',
          scammerSays: '加我微信，马上给你退双倍运费',
          truth: '理赔只走快递公司官方APP或电话',
          from: 'advice',
        },
      },
      {
        id: 'first',
        collection: 'tips',
        data: {
          order: 1,
          rule: '不点对方发来的链接',
          why: '骗子用假理赔页面骗取银行卡号和验证码。',
          scammerSays: '点这个链接填写退款信息',
          truth: '官方不会让你在陌生链接里填银行卡',
          from: 'police',
          sources: ['police-account'],
        },
      },
    ],
    sources: [
      {
        id: 'police-account',
        collection: 'sources',
        data: { title: '《某个案例》', publisher: '某市公安局', date: '2023-09-20', mentions: [] },
      },
    ],
    glossary: [
      {
        id: 'cloud-warehouse',
        collection: 'glossary',
        data: { term: '云仓', aliases: ['云仓库'], explanation: '替网店存货发货的公司。' },
      },
    ],
    hotlines: [
      {
        id: '12381',
        collection: 'hotlines',
        data: {
          number: '12381',
          name: '反诈预警短信',
          instead: '只发短信，不用拨打',
          when: '收到这个号码发来的短信时',
          what: '提醒你可能正在被骗',
          order: 3,
          callable: false,
        },
      },
      {
        id: '110',
        collection: 'hotlines',
        data: { number: '110', name: '报警电话', when: '已经被骗或正在被骗', what: '立即报警', order: 1, callable: true },
      },
      {
        id: '96110',
        collection: 'hotlines',
        data: {
          number: '96110',
          name: '反诈专线',
          when: '拿不准是不是骗局',
          what: '咨询和举报诈骗',
          order: 2,
          callable: true,
        },
      },
    ],
  };
  return { getCollection: async (name: string) => collections[name] ?? [] };
});

import readme from '../../src/components/mdx/README.md?raw';
import { formatRange, formatYuan, layoutPriceBars, MIN_BAR_WIDTH, niceMax } from '../../src/lib/price-chart.ts';
import CallTranscript from '../../src/components/mdx/CallTranscript.astro';
import Callout from '../../src/components/mdx/Callout.astro';
import DataFlow from '../../src/components/mdx/DataFlow.astro';
import { MDX_TAGS, mdxComponents } from '../../src/components/mdx/index.ts';
import { SHARED_LIST_TAGS } from '../../src/content/word-checks.ts';
import PriceByFreshness from '../../src/components/mdx/PriceByFreshness.astro';
import Timeline from '../../src/components/mdx/Timeline.astro';
import TimelineItem from '../../src/components/mdx/TimelineItem.astro';
import Waybill from '../../src/components/mdx/Waybill.astro';
import WaybillCompare from '../../src/components/mdx/WaybillCompare.astro';
import HotlineList from '../../src/components/tips/HotlineList.astro';
import TipList from '../../src/components/tips/TipList.astro';
import Term from '../../src/components/content/Term.astro';
import { sortByOrder } from '../../src/lib/ordering.ts';
import { telHref } from '../../src/lib/phone.ts';

/**
 * The container, rendering as the build does but without Astro's style-scoping classes
 * (astro-xxxxxxxx, from scopedStyleStrategy: 'class'): the assertions are about each
 * component's own markup.
 */
let container: Pick<AstroContainer, 'renderToString'>;
const withoutScopeClasses = (html: string) =>
  html.replace(/ class="astro-[a-z0-9]+"/g, '').replace(/(class="[^"]*?) astro-[a-z0-9]+(?=[" ])/g, '$1');
beforeAll(async () => {
  const astro = await AstroContainer.create();
  container = { renderToString: async (...args: Parameters<AstroContainer['renderToString']>) => withoutScopeClasses(await astro.renderToString(...args)) };
});

/** Every rendered component must work under the site's CSP and be valid nesting. */
function expectCspSafe(html: string) {
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  // No block element inside a paragraph (the parser would break the <p> apart).
  expect(html).not.toMatch(/<p\b[^>]*>(?:(?!<\/p>)[\s\S])*?<(?:div|p|ul|ol|dl|figure|table|section)\b/i);
}

/** The text content, roughly: tags and all whitespace stripped (Chinese needs no spaces). */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
}

const recipient = { name: '张晓明', phone: '138 1234 5678', address: '北京市朝阳区幸福路88号幸福小区5号楼3单元502室' };
const sender = { name: '欧阳娜娜', phone: '021-62345678', address: '上海市浦东新区某路1号' };

describe('mdxComponents map', () => {
  it('has exactly the tags README.md promises to articles', () => {
    const documented = [...readme.matchAll(/^\| `<(\w+)/gm)].map((m) => m[1]);
    // The Timeline row documents TimelineItem in the same cell.
    if (readme.includes('<TimelineItem')) documented.push('TimelineItem');
    expect(new Set(MDX_TAGS)).toEqual(new Set(documented));
    for (const tag of MDX_TAGS) expect(mdxComponents[tag]).toBeTruthy();
  });

  it('has the tags whose shared lists an article must cite sources for', () => {
    // A renamed tag would silently stop the sources check in src/content/word-checks.ts.
    for (const tag of SHARED_LIST_TAGS) expect(MDX_TAGS).toContain(tag);
  });

  it('is known to the benchmark\'s plain baseline, which must render the same articles', () => {
    // bench/baseline stands a bare <div> in for every tag; a tag it does not know fails its build and the benchmark.
    const baseline = readFileSync('bench/baseline/src/pages/[slug].astro', 'utf8');
    const known = JSON.parse(baseline.match(/const TAGS = (\[[^\]]*\]);/)![1]!.replace(/'/g, '"')) as string[];
    expect(new Set(known)).toEqual(new Set(MDX_TAGS));
  });
});

describe('Callout', () => {
  it.each([
    ['note', '说明'],
    ['tip', '小贴士'],
    ['warning', '警告'],
  ] as const)('labels the %s kind in words (%s)', async (kind, label) => {
    const html = await container.renderToString(Callout, {
      props: { kind, title: '别回拨陌生号码' },
      slots: { default: '<p>正文内容</p>' },
    });
    expect(html).toContain('role="note"');
    expect(html).toContain(`aria-label="${label}：别回拨陌生号码"`);
    expect(text(html)).toContain(label);
    expect(html).toContain('别回拨陌生号码');
    expect(html).toContain('<p>正文内容</p>');
    expectCspSafe(html);
  });

  it('defaults to a note and works without a title', async () => {
    const html = await container.renderToString(Callout, { slots: { default: '<p>x</p>' } });
    expect(html).toContain('callout--note');
    expect(html).toContain('aria-label="说明"');
  });
});

describe('Timeline', () => {
  it('is an ordered list holding its items', async () => {
    const item = await container.renderToString(TimelineItem, {
      props: { when: '2022年4月26日凌晨', title: '嫌疑人被抓获' },
      slots: { default: '<p>经过</p>' },
    });
    expect(item).toMatch(/^<li\b/);
    expect(item).toContain('2022年4月26日凌晨');
    expect(item).toContain('嫌疑人被抓获');
    expect(item).toContain('<p>经过</p>');
    expect(item).toMatch(/class="dot"[^>]*aria-hidden="true"|aria-hidden="true"[^>]*class="dot"/);
    expectCspSafe(item);

    const list = await container.renderToString(Timeline, { slots: { default: item } });
    expect(list).toMatch(/^<ol\b/);
    expect(list).toContain('嫌疑人被抓获');
    expectCspSafe(list);
  });

  it('renders an item without body text', async () => {
    const item = await container.renderToString(TimelineItem, { props: { when: '2023年', title: '判决' } });
    expect(item).not.toContain('class="body"');
  });
});

describe('DataFlow', () => {
  const steps = [
    { who: '内鬼', does: '拍下面单' },
    { who: '面单贩子', does: '打包出售' },
    { who: '骗子', does: '冒充客服打电话' },
  ];

  it('draws an ordered list with one arrow between each pair of steps', async () => {
    const html = await container.renderToString(DataFlow, { props: { steps } });
    expect(html).toMatch(/<ol\b/);
    expect(html.match(/<li\b/g)).toHaveLength(3);
    expect(html.match(/class="arrow"/g)).toHaveLength(2);
    expect(html).toMatch(/class="arrow"[^>]*aria-hidden="true"/);
    for (const s of steps) {
      expect(html).toContain(s.who);
      expect(html).toContain(s.does);
    }
    expectCspSafe(html);
  });

  it('refuses fewer than two steps', async () => {
    await expect(container.renderToString(DataFlow, { props: { steps: [steps[0]] } })).rejects.toThrow(/at least 2/);
  });
});

describe('PriceByFreshness', () => {
  const rows = [
    { label: '当天面单', low: 3, high: 5 },
    { label: '一周内', low: 1, high: 1.5 },
    { label: '一个月以上', low: 0.5, high: 0.5 },
  ];

  it('draws SVG bars hidden from screen readers and a table with the numbers', async () => {
    const html = await container.renderToString(PriceByFreshness, { props: { rows, caption: '面单越新越贵' } });
    expect(html).toContain('<figcaption');
    expect(html).toContain('面单越新越贵');
    expect(html).toMatch(/class="chart"[^>]*aria-hidden="true"/);
    // Scale tops out at 5: the first bar is solid to 3 (60%) and lighter to 5 (100%).
    expect(html).toMatch(/<rect[^>]*class="range"[^>]*width="60"/);
    expect(html).toMatch(/<rect[^>]*class="upto"[^>]*width="100"/);
    expect(html).toContain('3～5 元/条');
    expect(html).toContain('0.5 元/条');
    // The table sits in a visually hidden wrapper (a <table> itself cannot clip its overflow).
    expect(html).toMatch(/<div class="visually-hidden"[^>]*><table\b/);
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toContain('<th scope="row"');
    expect(text(table)).toContain('当天面单3元5元');
    expect(text(table)).toContain('一个月以上0.5元0.5元');
    expectCspSafe(html);
  });

  it('refuses a row whose low is above its high', async () => {
    await expect(
      container.renderToString(PriceByFreshness, { props: { rows: [{ label: '错', low: 5, high: 3 }] } }),
    ).rejects.toThrow(/above high/);
  });

  it('lays out bars on a rounded scale', () => {
    expect(niceMax(5)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(0.8)).toBe(1);
    expect(niceMax(120)).toBe(200);
    expect(niceMax(0)).toBe(1);
    expect(formatYuan(1200)).toBe('1,200');
    expect(formatRange(2, 2)).toBe('2');
    expect(formatRange(0.5, 3)).toBe('0.5～3');
    const { max, bars } = layoutPriceBars([
      { label: 'a', low: 15, high: 15 },
      { label: 'b', low: 3, high: 5 },
      { label: 'c', low: 0, high: 0.01 },
    ]);
    expect(max).toBe(20);
    expect(bars.map((b) => [b.lowWidth, b.highWidth])).toEqual([
      [75, 75],
      [15, 25],
      [0, MIN_BAR_WIDTH],
    ]);
    expect(() => layoutPriceBars([])).toThrow();
    expect(() => layoutPriceBars([{ label: 'n', low: -1, high: 2 }])).toThrow();
  });
});

describe('CallTranscript', () => {
  it('names the speaker of every line in words', async () => {
    const html = await container.renderToString(CallTranscript, {
      props: {
        title: '冒充快递客服的来电',
        lines: [
          { speaker: 'scammer', text: '您好，您的快递丢了' },
          { speaker: 'victim', text: '那怎么办？' },
          { speaker: 'note', text: '对方准确说出了你的姓名和地址' },
        ],
      },
    });
    expect(html).toContain('<figcaption');
    expect(html).toContain('冒充快递客服的来电');
    // Every transcript is ours, and says so, whatever the writer titled it.
    expect(text(html)).toContain('示意：本站编写，不是真实录音');
    expect(html.match(/<li\b/g)).toHaveLength(3);
    const t = text(html);
    expect(t).toContain('来电者：您好，您的快递丢了');
    expect(t).toContain('你：那怎么办？');
    expect(t).toContain('说明：对方准确说出了你的姓名和地址');
    expectCspSafe(html);
  });
});

describe('Waybill', () => {
  it.each([
    ['full', '信息完整（未打码）', '张晓明', '13812345678', '幸福小区5号楼3单元502室'],
    ['common', '常见打码（不达标）', '张*明', '138****5678', '幸福小区5号楼3单元502室'],
    ['compliant', '隐私面单（符合国标）', '张**', '*******5678', '幸福路88号幸福小区****'],
  ] as const)('draws the %s mode with its badge', async (mode, badge, name, phone, address) => {
    const html = await container.renderToString(Waybill, {
      props: { mode, caption: '示例说明', recipient, sender },
    });
    const t = text(html);
    expect(t).toContain(badge);
    expect(t).toContain('示例说明');
    expect(t).toContain('示例单号000000000000');
    expect(t).toContain('收件人');
    expect(t).toContain('寄件人');
    // What the eye sees: the masked values (screen-reader notes removed).
    const visible = text(html.replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, ''));
    expect(visible).toContain(name);
    expect(visible).toContain(phone);
    expect(visible).toContain(address);
    expect(html).toMatch(/<svg[^>]*class="barcode"[^>]*aria-hidden="true"/);
    expect(html).toContain('<figcaption');
    expectCspSafe(html);
  });

  it('tells screen readers what is hidden instead of reading out stars', async () => {
    const html = await container.renderToString(Waybill, { props: { mode: 'compliant', recipient } });
    expect(html).toMatch(/<span class="stars"[^>]*aria-hidden="true"[^>]*>\*\*\*\*\*\*\*<\/span>/);
    expect(html).toContain('（已隐藏7位数字）');
    expect(html).toContain('（已隐藏2个字）');
    expect(html).toContain('（楼栋、单元和户室号已隐藏）');
    // No 寄件人 block when no sender is given.
    expect(text(html)).not.toContain('寄件人');
  });

  it('shows nothing hidden in full mode', async () => {
    const html = await container.renderToString(Waybill, { props: { mode: 'full', recipient } });
    expect(html).not.toContain('已隐藏');
    expect(html).not.toContain('class="stars"');
  });

  it('gives a default caption for each mode', async () => {
    const html = await container.renderToString(Waybill, { props: { mode: 'common', recipient } });
    expect(text(html)).toContain('不符合国家标准');
  });
});

describe('WaybillCompare', () => {
  it('draws the three modes in order, most dangerous first', async () => {
    const html = await container.renderToString(WaybillCompare, { props: { recipient, sender } });
    const t = text(html);
    const a = t.indexOf('信息完整（未打码）');
    const b = t.indexOf('常见打码（不达标）');
    const c = t.indexOf('隐私面单（符合国标）');
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
    expect(html.match(/<figure\b/g)).toHaveLength(4);
    expectCspSafe(html);
  });
});

describe('Term', () => {
  it('links a glossary word to its entry, found by the word, an alias or the id', async () => {
    for (const [props, words] of [[{}, '云仓'], [{}, '云仓库'], [{ id: 'cloud-warehouse' }, '这家仓库']] as const) {
      const html = await container.renderToString(Term, { props, slots: { default: words } });
      expect(html).toMatch(new RegExp(`<a class="term[^"]*" href="/glossary/#cloud-warehouse" data-glossary="cloud-warehouse"[^>]*>${words}</a>`));
    }
  });
  it('fails with the fix when the word is not in the glossary', async () => {
    await expect(container.renderToString(Term, { slots: { default: '不存在' } })).rejects.toThrow(
      /<Term>不存在<\/Term> .*no such entry in content\/glossary\/glossary\.yaml.*cloud-warehouse/,
    );
  });
});

describe('TipList', () => {
  it('lists the tips in their order with the scammer/truth pair and the source', async () => {
    const html = await container.renderToString(TipList);
    const t = text(html);
    expect(html).toMatch(/^<ol\b/);
    expect(t.indexOf('不点对方发来的链接')).toBeLessThan(t.indexOf('不加陌生“客服”的微信'));
    expect(html).toMatch(/<dl\b/);
    expect(t).toContain('骗子可能这样说（示意）点这个链接填写退款信息');
    expect(t).toContain('真相是官方不会让你在陌生链接里填银行卡');
    // Whose words: the police's tip names its source, the other is marked as our advice.
    expect(t).toContain('警方提醒·来源：某市公安局《某个案例》');
    expect(t).toContain('本站建议，根据公开的防骗资料整理');
    expect(t.indexOf('警方提醒')).toBeLessThan(t.indexOf('本站建议'));
    expect(t).toContain('骗子用假理赔页面骗取银行卡号和验证码。');
    expectCspSafe(html);
  });
});

describe('HotlineList', () => {
  it('lists the numbers in order as tel: links, except those marked not callable', async () => {
    const html = await container.renderToString(HotlineList);
    const t = text(html);
    expect(t.indexOf('110')).toBeLessThan(t.indexOf('96110'));
    expect(t.indexOf('96110')).toBeLessThan(t.indexOf('12381'));
    expect(html).toContain('href="tel:110"');
    expect(html).toContain('href="tel:96110"');
    expect(html).not.toContain('tel:12381');
    expect(t).toContain('只发短信，不用拨打');
    expect(t).toContain('拨打110');
    expectCspSafe(html);
  });

  it('sorts by order without touching the input, and builds tel: hrefs from digits only', () => {
    const entries = [
      { id: 'b', data: { order: 3 } },
      { id: 'c', data: { order: 1 } },
      { id: 'a', data: { order: 2 } },
    ];
    expect(sortByOrder(entries).map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(entries.map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(telHref('96 110', true)).toBe('tel:96110');
    expect(telHref('12381', false)).toBeUndefined();
  });
});
