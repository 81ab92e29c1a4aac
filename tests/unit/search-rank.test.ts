import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { rankCandidates, type Candidate } from '../../src/lib/search/rank.ts';
import { splitSections } from '../../src/lib/search/sections.ts';
import { extractTermGroups } from '../../src/lib/search/terms.ts';

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
    const ranked = rankCandidates(extractTermGroups('面单'), [distractor, waybill]);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/waybill/']);
  });

  it('ranks a title match above a passing mention', () => {
    const passing = page('/case/', '案例', '这家云仓每天打印几十万张面单。');
    const ranked = rankCandidates(extractTermGroups('隐私面单'), [passing, waybill]);
    expect(ranked[0]!.candidate.url).toBe('/waybill/');
  });

  it('puts a reference list below the page that teaches the same words', () => {
    const article = page('/if-scammed/', '被骗了怎么办', '报警以后，警方可以申请紧急止付。紧急止付越早越好。');
    const glossary = { ...page('/glossary/', '术语表', '紧急止付：警方可以要求银行拦住钱。紧急止付。紧急止付。'), weight: 0.6 };
    const unweighted = rankCandidates(extractTermGroups('紧急止付'), [article, { ...glossary, weight: 1 }]);
    expect(unweighted[0]!.candidate.url).toBe('/glossary/');
    const ranked = rankCandidates(extractTermGroups('紧急止付'), [article, glossary]);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/if-scammed/', '/glossary/']);
  });

  it('prefers pages that answer more of a sentence', () => {
    const lost = page('/tips/', '警方提醒', '骗子说快递丢了，要你加微信退款。');
    const onlyParcel = page('/about/', '关于', '快递快递快递快递快递快递快递。');
    const ranked = rankCandidates(extractTermGroups('快递丢了加微信'), [onlyParcel, lost]);
    expect(ranked[0]!.candidate.url).toBe('/tips/');
    expect(ranked[0]!.coverage).toBeGreaterThan(ranked[1]!.coverage);
  });

  it('matches an alternative spelling and reports the sections that contain the words', () => {
    const groups = extractTermGroups('138****5678 面单');
    const [top] = rankCandidates(groups, [waybill]);
    expect(top!.sections.map((s) => s.url)).toEqual(['/waybill/#common']);
    const synonyms = new Map([['验证吗', ['验证码']]]);
    const codePage = page('/code/', '验证码', '验证码谁要都不给。');
    expect(rankCandidates(extractTermGroups('验证吗', synonyms), [codePage])).toHaveLength(1);
  });

  it('returns nothing for no terms', () => {
    expect(rankCandidates([], [waybill])).toEqual([]);
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
