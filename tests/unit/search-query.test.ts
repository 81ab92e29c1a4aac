import { describe, expect, it } from 'vitest';
import { MAX_TYPED_LENGTH, normaliseQuery, shownQuery, typedText } from '../../src/lib/search/normalise.ts';
import type { Vocabulary } from '../../src/lib/search/terms.ts';
import { ask } from './search-ask.ts';

const core = (query: string, synonyms = new Map<string, string[]>()) =>
  ask(query, { synonyms }).groups
    .filter((g) => g.role === 'core')
    .map((g) => g.terms[0]);
const bonus = (query: string) =>
  ask(query).groups
    .filter((g) => g.role === 'bonus')
    .map((g) => g.terms[0]);

describe('normaliseQuery', () => {
  it('folds full-width digits and letters from Chinese keyboards', () => {
    expect(normaliseQuery('９６１１０')).toBe('96110');
    expect(normaliseQuery('Ｕ盘')).toBe('u盘');
    expect(normaliseQuery('加Ｖ')).toBe('加v');
  });

  it('turns punctuation into spaces and trims', () => {
    expect(normaliseQuery('  快递丢了，怎么办？ ')).toBe('快递丢了 怎么办');
    expect(normaliseQuery('"面单"')).toBe('面单');
  });

  it('caps very long input', () => {
    expect(normaliseQuery('字'.repeat(500)).length).toBeLessThanOrEqual(64);
  });

  it('drops the invisible characters pasted text carries', () => {
    expect(normaliseQuery('验\u200b证\u200d码\ufeff')).toBe('验证码');
    expect(normaliseQuery('面\u00ad单\u2060')).toBe('面单');
  });
});

describe('a query from wherever it comes', () => {
  it('is read as if typed: invisible characters dropped, no longer than the box takes', () => {
    expect(typedText('验\u200b证码')).toBe('验证码');
    expect(typedText('字'.repeat(100_000)).length).toBe(MAX_TYPED_LENGTH);
  });

  it('is repeated back at most a query\'s length', () => {
    expect(shownQuery('  验证码  ')).toBe('验证码');
    expect([...shownQuery('字'.repeat(100_000))].length).toBe(65);
    expect(shownQuery('字'.repeat(100_000)).endsWith('…')).toBe(true);
  });
});

describe('the term groups of a query', () => {
  it('keeps a two-character word whole instead of two characters', () => {
    expect(core('面单')).toEqual(['面单']);
    expect(core('云仓')).toEqual(['云仓']);
    expect(bonus('面单')).toEqual([]);
  });

  it('cuts longer runs into overlapping pairs, with longer stretches as a bonus', () => {
    expect(core('快递丢了')).toEqual(['快递', '递丢', '丢了']);
    expect(bonus('快递丢了')).toEqual(['快递丢', '递丢了', '快递丢了']);
  });

  it('gives pairs of filler characters no weight', () => {
    const groups = ask('我的快递').groups;
    expect(groups.find((g) => g.terms[0] === '我的')).toBeUndefined();
    expect(groups.find((g) => g.terms[0] === '的快')?.weight).toBeLessThan(1);
    expect(groups.find((g) => g.terms[0] === '快递')?.weight).toBe(1);
  });

  it('keeps numbers and short mixed terms exactly as written', () => {
    expect(core('96110')).toEqual(['96110']);
    expect(core('U盘')).toEqual(['u盘']);
    expect(core('15元')).toEqual(['15元']);
    expect(core('９６１１０')).toEqual(['96110']);
  });

  it('splits a mixed term where letters meet Chinese, keeping the whole as a bonus', () => {
    expect(core('Ｕ盘木马')).toEqual(['u盘', '盘木', '木马']);
    expect(bonus('Ｕ盘木马')).toContain('u盘木马');
  });

  it('ignores single letters and digits that would match every page', () => {
    expect(core('x 1')).toEqual([]);
  });

  it('adds alternative spellings from the synonym table', () => {
    const synonyms = new Map([['加v', ['加微信', '加好友']]]);
    const groups = ask('加V', { synonyms }).groups;
    expect(groups).toEqual([{ terms: ['加v', '加微信', '加好友'], weight: 2, role: 'core' }]);
  });

  it('applies synonyms to pairs inside a sentence', () => {
    const synonyms = new Map([['退款', ['退钱', '赔偿']]]);
    const groups = ask('加微信退款', { synonyms }).groups;
    expect(groups.find((g) => g.terms[0] === '退款')?.terms).toEqual(['退款', '退钱', '赔偿']);
  });

  it('returns nothing for empty or punctuation-only input', () => {
    expect(ask('  ？！ ').groups).toEqual([]);
  });

  it('counts a known spelling of three or more characters inside a sentence as a word of its own', () => {
    const synonyms = new Map([['快递单', ['面单']], ['退款', ['退钱']]]);
    const groups = ask('拆下来的快递单', { synonyms }).groups;
    expect(groups.find((g) => g.terms[0] === '快递单')).toEqual({ terms: ['快递单', '面单'], weight: 2, role: 'core' });
    // Two-character spellings are among the pairs already, with the pairs' weight.
    expect(ask('加微信退款', { synonyms }).groups.find((g) => g.terms[0] === '退款')?.weight).toBe(1);
  });
});

describe('reading whole questions', () => {
  const vocabulary: Vocabulary = {
    synonyms: new Map([['验证吗', ['验证码']]]),
    questionWords: ['是什么意思', '是什么', '什么是', '怎么办', '怎么', '吗', '有人', '请问', '一下', '我想'].sort((a, b) => b.length - a.length),
    definitionWords: ['是什么意思', '是什么', '什么是'],
  };
  const words = (query: string) => ask(query, vocabulary).groups.filter((g) => g.role === 'core').map((g) => g.terms[0]);

  it('drops question and filler words, keeping what the question is about', () => {
    expect(ask('有人让我共享屏幕怎么办？', vocabulary).subject).toBe('让我共享屏幕');
    expect(ask('请问一下，被骗的钱还能要回来吗', vocabulary).subject).toBe('被骗的钱还能要回来');
    expect(words('共享屏幕怎么办')).toEqual(['共享', '享屏', '屏幕']);
  });

  it('never joins the words on either side of a dropped word into a pair', () => {
    // 屏幕 + 怎么 + 关掉 would otherwise give the pairs 幕怎, 怎么, 么关.
    expect(words('屏幕怎么关掉')).toEqual(['屏幕', '关掉']);
  });

  it('tells a question about what a word means, and which word', () => {
    expect(ask('云仓是什么', vocabulary)).toMatchObject({ subject: '云仓', asksDefinition: true });
    expect(ask('什么是虚拟号？', vocabulary)).toMatchObject({ subject: '虚拟号', asksDefinition: true });
    expect(ask('紧急止付是什么意思', vocabulary)).toMatchObject({ subject: '紧急止付', asksDefinition: true });
    expect(ask('被骗了怎么办', vocabulary).asksDefinition).toBe(false);
  });

  it('keeps a known spelling whole even when it ends like a question word (验证吗, a typo of 验证码)', () => {
    expect(ask('验证吗', vocabulary).subject).toBe('验证吗');
    expect(ask('验证吗', vocabulary).groups[0]?.terms).toEqual(['验证吗', '验证码']);
  });

  it('tells one word from a question of several', () => {
    expect(ask('屏幕共享', vocabulary).severalWords).toBe(false);
    expect(ask('云仓是什么', vocabulary).severalWords).toBe(false);
    expect(ask('有人让我共享屏幕怎么办', vocabulary).severalWords).toBe(true);
  });

  it('searches a query of nothing but question words as typed', () => {
    expect(ask('怎么办', vocabulary).subject).toBe('怎么办');
    expect(words('怎么办').length).toBeGreaterThan(0);
  });
});

describe('what a large site asks Pagefind', () => {
  const synonyms = new Map<string, string[]>([
    ['屏幕分享', ['屏幕共享']],
    ['验证吗', ['验证码']],
    ['vx', ['微信', '加v']],
  ]);

  it('asks for the query as typed, normalised like every query', () => {
    expect(ask('隐私面单', { synonyms }).pagefind.whole).toBe('隐私面单');
    expect(ask('  ９６１１０？', { synonyms }).pagefind.whole).toBe('96110');
  });

  it('writes an alternative spelling the usual way', () => {
    expect(ask('屏幕分享', { synonyms }).pagefind.whole).toBe('屏幕共享');
    expect(ask('有人要验证吗', { synonyms }).pagefind.whole).toBe('有人要验证码');
    expect(ask('VX 退款', { synonyms }).pagefind.whole).toBe('微信 退款');
  });

  it('leaves out question words, which no page has in the same sentence', () => {
    expect(ask('有人要验证吗怎么办', { synonyms, questionWords: ['怎么办', '有人'], definitionWords: [] }).pagefind.whole).toBe('要验证码');
  });

  it('asks nothing for an empty query', () => {
    expect(ask(' ，。 ', { synonyms }).pagefind.whole).toBe('');
  });
});
