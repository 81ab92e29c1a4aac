import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { rankCandidates, type Candidate } from '../../src/lib/search/rank.ts';
import { splitSections } from '../../src/lib/search/sections.ts';
import type { Vocabulary } from '../../src/lib/search/terms.ts';
import { ask } from './search-ask.ts';

const page = (url: string, title: string, content: string, sections: Candidate['sections'] = []): Candidate => ({
  url,
  title,
  content,
  sections,
});

describe('rankCandidates', () => {
  const waybill = page('/waybill/', '隐私面单', '面单上印着姓名和电话。隐私面单会藏起一部分信息。', [
    { title: '常见打码不达标', url: '/waybill/#common', text: '面单上的 138****5678 不达标' },
  ]);
  const distractor = page('/noodles/', '周末', '中午吃了一碗面，下午骑单车去了仓库。');

  it('drops a page that has the characters of a word but not the word', () => {
    const ranked = rankCandidates(ask('面单'), [distractor, waybill]);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/waybill/']);
  });

  it('ranks a title match above a passing mention', () => {
    const passing = page('/case/', '案例', '这家云仓每天打印几十万张面单。');
    const ranked = rankCandidates(ask('隐私面单'), [passing, waybill]);
    expect(ranked[0]!.candidate.url).toBe('/waybill/');
  });

  it('puts a reference list below the page that teaches the same words', () => {
    const article = page('/if-scammed/', '被骗了怎么办', '报警以后，警方可以申请紧急止付。紧急止付越早越好。');
    const glossary = { ...page('/glossary/', '术语表', '紧急止付：警方可以要求银行拦住钱。紧急止付。紧急止付。'), weight: 0.6 };
    const unweighted = rankCandidates(ask('紧急止付'), [article, { ...glossary, weight: 1 }]);
    expect(unweighted[0]!.candidate.url).toBe('/glossary/');
    const ranked = rankCandidates(ask('紧急止付'), [article, glossary]);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/if-scammed/', '/glossary/']);
  });

  it('prefers pages that answer more of a sentence', () => {
    const lost = page('/tips/', '警方提醒', '骗子说快递丢了，要你加微信退款。');
    const onlyParcel = page('/about/', '关于', '快递快递快递快递快递快递快递。');
    const ranked = rankCandidates(ask('快递丢了加微信'), [onlyParcel, lost]);
    expect(ranked[0]!.candidate.url).toBe('/tips/');
    expect(ranked[0]!.coverage).toBeGreaterThan(ranked[1]!.coverage);
  });

  it('matches an alternative spelling and reports the sections that contain the words', () => {
    const [top] = rankCandidates(ask('138****5678 面单'), [waybill]);
    expect(top!.sections.map((s) => s.url)).toEqual(['/waybill/#common']);
    const synonyms = new Map([['验证吗', ['验证码']]]);
    const codePage = page('/code/', '验证码', '验证码谁要都不给。');
    expect(rankCandidates(ask('验证吗', { synonyms }), [codePage])).toHaveLength(1);
  });

  it('returns nothing for no terms', () => {
    expect(rankCandidates(ask(' ，。 '), [waybill])).toEqual([]);
  });
});

describe('rankCandidates with whole questions', () => {
  const vocabulary: Vocabulary = {
    synonyms: new Map(),
    questionWords: ['是什么', '怎么办', '要不要', '吗'],
    definitionWords: ['是什么'],
  };
  const question = (query: string) => ask(query, vocabulary);
  // As in Pagefind's data, a page's text holds its headings and the text under them.
  const withSections = (url: string, title: string, intro: string, sections: Candidate['sections']) =>
    page(url, title, [intro, ...sections.flatMap((s) => [s.title, s.text])].join(' '), sections);
  const filler = (n: number) => '这一段讲别的事情。'.repeat(n);

  // A page that says 电话 and 快递 everywhere, and one whose section answers the question.
  const repeats = withSections('/calls/', '快递电话', `快递电话。${'快递员打电话，电话里说快递到了。'.repeat(6)}`, [
    { title: '快递员的电话', url: '/calls/#a', text: '快递员会打电话。快递电话很多。' },
    { title: '快递到了', url: '/calls/#b', text: '电话通知快递到了。' },
  ]);
  const answers = withSections('/label/', '面单', filler(3), [
    { title: '开头', url: '/label/#start', text: filler(3) },
    { title: '电话要藏几位', url: '/label/#digits', text: '面单上的电话要藏起6位数字，快递员看不到整个号码。' },
  ]);

  it('ranks the page with a section holding the question above one that repeats its common words', () => {
    const ranked = rankCandidates(question('快递单上的电话要藏几位'), [repeats, answers]);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/label/', '/calls/']);
    expect(ranked[0]!.answer?.url).toBe('/label/#digits');
    expect(ranked[0]!.sections[0]!.url).toBe('/label/#digits');
  });

  it('does not call a heading with nothing under it an answer', () => {
    const emptyHeading = withSections('/label/', '面单', '', [
      { title: '电话要藏几位', url: '/label/#empty', text: '' },
      { title: '细说', url: '/label/#detail', text: '面单上的电话要藏起6位数字。' },
    ]);
    const [top] = rankCandidates(question('电话要藏几位'), [emptyHeading]);
    expect(top!.answer?.url).not.toBe('/label/#empty');
    expect(top!.sections.map((s) => s.url)).toEqual(['/label/#detail']);
  });

  it('ranks one word by the word alone: a section heading with it does not lift a page', () => {
    const teaching = page('/tips/', '防骗提示', '别给验证码。验证码谁要都不给。验证码。', [{ title: '信号', url: '/tips/#s', text: '别给验证码。' }]);
    const heading = { ...page('/other/', '别的文章', '验证码。', [{ title: '验证码', url: '/other/#s', text: '验证码。' }]), weight: 0.5 };
    const ranked = rankCandidates(question('验证码'), [heading, teaching]);
    expect(ranked[0]!.candidate.url).toBe('/tips/');
    expect(ranked.every((r) => r.answer === undefined)).toBe(true);
  });

  it('answers "X是什么" with the entry that defines X, even on a reference list', () => {
    const article = withSections('/case/', '云仓案', '云仓替网店发货。'.repeat(4), [{ title: '什么是云仓', url: '/case/#what', text: '云仓替网店存货、发货。' }]);
    const glossary = {
      ...withSections('/glossary/', '术语表', '看不懂的词。', [
        { title: '木马', url: '/glossary/#trojan', text: '偷数据的程序，常藏在U盘里，和云仓无关。' },
        { title: '云仓', url: '/glossary/#cloud', text: '替网店存货、发货的仓库。' },
      ]),
      weight: 0.4,
    };
    const ranked = rankCandidates(question('云仓是什么'), [article, glossary]);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/glossary/', '/case/']);
    expect(ranked[0]!.answer?.url).toBe('/glossary/#cloud');
    // Asked as a topic, the article that teaches it comes first again.
    expect(rankCandidates(question('云仓'), [article, glossary])[0]!.candidate.url).toBe('/case/');
  });

  it('puts first the tool a query names by what it does, from its words', () => {
    const quiz = { ...page('/quiz/', '防骗小测验', '十道题，看看你会不会上当。'), keywords: ['答题', '测一测', '做个测试'] };
    const article = page('/tips/', '防骗提示', '上当的人往往自己也没想到。'.repeat(5));
    expect(rankCandidates(question('答题'), [article, quiz]).map((r) => r.candidate.url)).toEqual(['/quiz/']);
    const ranked = rankCandidates(question('测一测自己会不会上当'), [article, quiz]);
    expect(ranked[0]!.candidate.url).toBe('/quiz/');
    expect(ranked[0]!.named).toBe(3);
  });
});

describe('buildExcerpt', () => {
  it('cuts around the first match and marks every match, as data not HTML', () => {
    const content = `${'前文'.repeat(40)}骗子会要验证码。验证码谁要都不给。${'后文'.repeat(40)}`;
    const parts = buildExcerpt(content, ['验证码'], 40);
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['验证码', '验证码']);
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
  });

  it('cuts where most of the different terms are, which is where an answer is', () => {
    const content = `先说面单。${'中间说些别的。'.repeat(12)}电话要藏起6位：面单上的电话只露出后4位。${'后文'.repeat(20)}`;
    const text = buildExcerpt(content, ['面单', '电话', '6位'], 40).map((p) => p.text).join('');
    expect(text).toContain('电话要藏起6位');
    expect(text.startsWith('…')).toBe(true);
  });

  it('matches full-width text in the page against the folded query', () => {
    const parts = buildExcerpt('请拨打９６１１０咨询', ['96110']);
    expect(parts.find((p) => p.match)?.text).toBe('９６１１０');
  });

  it('keeps markup-looking text as plain text', () => {
    const parts = buildExcerpt('<img src=x onerror=alert(1)> 面单', ['面单'], 80);
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> 面单');
  });
});

describe('splitSections', () => {
  it('cuts the page text at each h2/h3 heading and links to its id', () => {
    const content = '开头。 什么是云仓 云仓替网店管仓库。 事情经过 深夜有人潜入。 图片说明';
    const sections = splitSections('/case/', content, [
      { element: 'h1', id: 'top', text: '案例' },
      { element: 'h2', id: '什么是云仓', text: '什么是云仓' },
      { element: 'h3', id: '事情经过', text: '事情经过' },
      { element: 'h2', id: 'missing', text: '不在正文里的标题' },
    ]);
    expect(sections).toEqual([
      { title: '什么是云仓', url: `/case/#${encodeURIComponent('什么是云仓')}`, text: '云仓替网店管仓库。' },
      { title: '事情经过', url: `/case/#${encodeURIComponent('事情经过')}`, text: '深夜有人潜入。 图片说明' },
    ]);
  });
});
