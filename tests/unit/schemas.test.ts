import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/schemas/articles.ts';
import { hotlineSchema } from '../../src/content/schemas/hotlines.ts';
import { searchIntentSchema, searchQuestionWordsSchema } from '../../src/content/schemas/search.ts';
import { sourceSchema } from '../../src/content/schemas/sources.ts';
import { talkSchema } from '../../src/content/schemas/talks.ts';
import { tipSchema } from '../../src/content/schemas/tips.ts';

const validArticle = {
  title: '案例:义乌云仓木马案',
  description: '一台被装了木马的云仓电脑,怎样让几十万条快递信息落到诈骗团伙手里。',
  summary: '从一次夜间闯入讲起,看清快递信息被盗、被卖、被用来诈骗的全过程。',
  category: 'case',
  order: 1,
  updated: '2026-11-25',
  sources: ['wujiang-case'],
  remember: ['对方报得出订单，不代表是客服。', '包裹有没有丢，自己在购物App里查。', '先挂断，再自己核实。'],
};

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article schema', () => {
  it('accepts a complete article and turns updated into a Date', () => {
    const parsed = articleSchema.parse(validArticle);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  it('names the field and how to fix it', () => {
    const { description: _omit, ...withoutDescription } = validArticle;
    const result = articleSchema.safeParse({ ...withoutDescription, category: 'news', order: 0 });
    const issues = issuesOf(result);
    expect(issues.some((issue) => issue.startsWith('description:'))).toBe(true);
    expect(issues).toContain('category: category must be one of: case, waybill, tips, quiz, tool');
    expect(issues).toContain('order: order is the position in the reading path, starting at 1');
  });

  it('rejects unknown fields so typos do not vanish silently', () => {
    const issues = issuesOf(articleSchema.safeParse({ ...validArticle, sumary: 'typo' }));
    expect(issues.join('\n')).toMatch(/sumary/);
  });

  it('asks for 3 to 5 short lines to remember, for the printed fact sheet', () => {
    expect(issuesOf(articleSchema.safeParse({ ...validArticle, remember: ['只有一条。'] }))).toContain(
      'remember: List 3 to 5 things to remember: they make the printed fact sheet',
    );
    expect(issuesOf(articleSchema.safeParse({ ...validArticle, remember: [...validArticle.remember, '第四条。', '第五条。', '第六条。'] }))).toContain(
      'remember: List 3 to 5 things to remember: more will not fit the printed fact sheet',
    );
    expect(issuesOf(articleSchema.safeParse({ ...validArticle, remember: ['这一条写得太长了，长到一行印不下，超过了三十二个字的限制，所以不行。', '二。二。', '三。三。'] }))[0]).toMatch(
      /^remember\.0: A line to remember must fit one printed line/,
    );
  });

  it('requires at least one source', () => {
    expect(issuesOf(articleSchema.safeParse({ ...validArticle, sources: [] }))).toContain(
      'sources: Every article lists at least one source',
    );
  });
});

describe('source schema', () => {
  it.each(['2023', '2023-09', '2023-09-20'])('accepts the date %s', (date) => {
    expect(sourceSchema.safeParse({ title: '标题标题', publisher: '发布者', date }).success).toBe(true);
  });

  it.each(['2023-13', '2023/09/20', '23-09-20'])('rejects the date %s', (date) => {
    expect(sourceSchema.safeParse({ title: '标题标题', publisher: '发布者', date }).success).toBe(false);
  });

  it('accepts only http(s) URLs', () => {
    const base = { title: '标题标题', publisher: '发布者', date: '2023' };
    expect(sourceSchema.safeParse({ ...base, url: 'https://example.org/a' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('tip and hotline schemas', () => {
  it('keeps a tip rule to one short line', () => {
    const tip = { order: 1, rule: '长'.repeat(41), why: '因为这样做最安全可靠。', scammerSays: '加我微信', truth: '原路退回', from: 'advice' };
    expect(issuesOf(tipSchema.safeParse(tip))[0]).toMatch(/^rule: A tip rule is one short line/);
  });

  it('says whose words a tip is, and a police tip names its source', () => {
    const tip = { order: 1, rule: '不和陌生人共享屏幕', why: '因为这样做最安全可靠。', scammerSays: '加我微信', truth: '原路退回' };
    expect(issuesOf(tipSchema.safeParse(tip))[0]).toMatch(/^from: from must be police/);
    expect(issuesOf(tipSchema.safeParse({ ...tip, from: 'police' }))).toEqual([
      'sources: A police tip names its source: add `sources: [<id from content/sources/sources.yaml>]`',
    ]);
    expect(tipSchema.safeParse({ ...tip, from: 'police', sources: ['wujiang-case'] }).success).toBe(true);
    expect(tipSchema.safeParse({ ...tip, from: 'advice' }).success).toBe(true);
  });

  it('accepts digits-only hotline numbers and defaults to callable', () => {
    const hotline = { number: '96110', name: '反诈预警劝阻专线', when: '拿不准的时候', what: '咨询和举报', order: 2, sources: ['hotline-96110'] };
    expect(hotlineSchema.parse(hotline).callable).toBe(true);
    expect(hotlineSchema.safeParse({ ...hotline, number: '961-10' }).success).toBe(false);
  });

  it('asks a number that is not called what it does instead, and keeps reserved words inside the name', () => {
    const texts = { number: '12381', name: '反诈预警短信', when: '收到短信的时候', what: '提醒你可能被骗', order: 3, sources: ['sms-12381'], callable: false };
    expect(issuesOf(hotlineSchema.safeParse(texts))).toEqual([
      'instead: A number that is not called (callable: false) says what it does instead, e.g. instead: 只发短信，不用拨打',
    ]);
    expect(hotlineSchema.safeParse({ ...texts, instead: '只发短信，不用拨打', reservedWords: ['预警短信'] }).success).toBe(true);
    expect(issuesOf(hotlineSchema.safeParse({ ...texts, instead: '只发短信，不用拨打', reservedWords: ['热线'] }))).toEqual([
      'reservedWords: "热线" is reserved for this entry\'s name, but the name "反诈预警短信" does not contain it',
    ]);
  });
});

describe('talk schema', () => {
  const slide = (extra: Record<string, unknown> = {}) => ({ title: '一页幻灯片', notes: '这是一段足够长的讲稿，给第一次讲的志愿者照着念。', ...extra });
  const talk = (slides: unknown[]) => ({ title: '测试讲座', description: '一场测试用的讲座，描述写得足够长才能通过检查。', minutes: 15, order: 1, sources: ['wujiang-case'], slides });

  it('accepts slides with and without pictures', () => {
    const parsed = talkSchema.safeParse(talk([slide(), slide({ picture: 'rules' }), slide({ picture: 'call', lines: ['示意的一句话'] }), slide({ words: ['几个字'] }), slide({ picture: 'qr' })]));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('names a picture that lacks what it draws, and data for a picture the slide does not show', () => {
    const issues = issuesOf(talkSchema.safeParse(talk([slide({ picture: 'timeline' }), slide({ dataflow: [{ who: '甲', does: '做事' }, { who: '乙', does: '做事' }] }), slide(), slide(), slide()])));
    expect(issues).toContain('slides.0.timeline: picture: timeline needs timeline');
    expect(issues).toContain('slides.1.dataflow: dataflow is only for picture: dataflow');
  });

  it('keeps slides to a few words and asks for notes', () => {
    const issues = issuesOf(talkSchema.safeParse(talk([slide({ words: ['一', '二', '三', '四', '五'] }), slide({ notes: '太短' }), slide(), slide(), slide()])));
    expect(issues).toContain('slides.0.words: At most 4 lines of words on a slide');
    expect(issues).toContain('slides.1.notes: Write the speaker notes (讲稿) a newcomer can read out: at least 20 characters');
  });
});

describe('search word list schemas', () => {
  it('accept words as the search compares them, and a tool page by its path', () => {
    expect(searchIntentSchema.safeParse({ page: '/quiz/', words: ['答题', 'ppt'] }).success).toBe(true);
    expect(searchQuestionWordsSchema.safeParse({ asks: 'definition', words: ['是什么'] }).success).toBe(true);
  });

  it('say how to write a word the search could never match, and a page that is not a path', () => {
    expect(issuesOf(searchIntentSchema.safeParse({ page: 'quiz', words: ['PPT', '打印 海报'] }))).toEqual([
      'page: Write `page` as a path of this site without the base, starting and ending with "/" (e.g. /quiz/)',
      'words.0: Write each of `words` in lower case with half-width letters and digits and no spaces, as the search normalises queries',
      'words.1: Write each of `words` in lower case with half-width letters and digits and no spaces, as the search normalises queries',
    ]);
    expect(issuesOf(searchQuestionWordsSchema.safeParse({ asks: 'why', words: [] }))[0]).toMatch(/^asks: /);
  });
});
