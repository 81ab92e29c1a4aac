import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../src/content/schemas/glossary.ts';
import { byPinyin, clashingSpellings, findTerm } from '../../src/lib/glossary.ts';
import { unlinkedFirstUses, type TextRun } from '../dist/glossary-coverage.ts';

const terms = [
  { id: 'waybill', term: '面单', aliases: ['运单'] },
  { id: 'privacy-waybill', term: '隐私面单', aliases: [] },
  { id: 'hotline-96110', term: '96110', aliases: [] },
  { id: 'police-110', term: '110', aliases: [] },
  { id: 'add-v', term: '加V', aliases: ['加微信'] },
];

const plain = (text: string): TextRun => ({ text, glossaryId: null });
const linked = (text: string, glossaryId: string): TextRun => ({ text, glossaryId });

describe('findTerm', () => {
  it('finds an entry by id, by its term, or by an alias', () => {
    expect(findTerm(terms, { id: 'add-v', text: '随便' })?.id).toBe('add-v');
    expect(findTerm(terms, { text: ' 隐私面单 ' })?.id).toBe('privacy-waybill');
    expect(findTerm(terms, { text: '加微信' })?.id).toBe('add-v');
    expect(findTerm(terms, { text: '没有' })).toBeUndefined();
    expect(findTerm(terms, { id: 'nope', text: '面单' })).toBeUndefined();
  });
});

describe('clashingSpellings and byPinyin', () => {
  it('reports a spelling two entries claim', () => {
    expect(clashingSpellings([...terms, { id: 'other', term: '运单', aliases: [] }])).toEqual(['"运单" is used by both waybill and other']);
    expect(clashingSpellings(terms)).toEqual([]);
  });
  it('sorts by pinyin, not by code point', () => {
    expect(byPinyin([{ term: '紧急止付' }, { term: '隐私面单' }, { term: '木马' }, { term: '云仓' }]).map((t) => t.term)).toEqual([
      '紧急止付',
      '木马',
      '隐私面单',
      '云仓',
    ]);
  });
});

describe('glossarySchema', () => {
  it('takes one or two sentences and refuses three or an unfinished one', () => {
    const entry = { term: '云仓', explanation: '替网店存货发货的公司。它的电脑里有很多买家信息。' };
    expect(glossarySchema.safeParse(entry).success).toBe(true);
    expect(glossarySchema.safeParse({ ...entry, explanation: '一句。两句。三句，太长了。' }).success).toBe(false);
    expect(glossarySchema.safeParse({ ...entry, explanation: '没有句号结尾的解释说明文字' }).success).toBe(false);
    expect(glossarySchema.safeParse({ ...entry, article: '/somewhere/' }).success).toBe(false);
  });
});

describe('unlinkedFirstUses', () => {
  it('passes when the first use of each term is its link', () => {
    const runs = [plain('先看'), linked('面单', 'waybill'), plain('，再说面单和'), linked('加V', 'add-v'), plain('。')];
    expect(unlinkedFirstUses(runs, terms)).toEqual([]);
  });
  it('reports a term whose first use is plain, even when a later use is linked', () => {
    const runs = [plain('骗子让你加V。后来又让你'), linked('加微信', 'add-v'), plain('。')];
    const problems = unlinkedFirstUses(runs, terms);
    expect(problems).toMatchObject([{ id: 'add-v', spelling: '加V' }]);
    expect(problems[0]?.context).toContain('骗子让你加V。');
  });
  it('treats a word inside a longer term as a use of the longer term', () => {
    const runs = [linked('隐私面单', 'privacy-waybill'), plain('好。'), plain('再看一眼隐私面单，'), linked('面单', 'waybill')];
    expect(unlinkedFirstUses(runs, terms)).toEqual([]);
  });
  it('does not find 110 inside 96110', () => {
    const runs = [linked('96110', 'hotline-96110'), plain('不是报警电话，报警打'), linked('110', 'police-110'), plain('。')];
    expect(unlinkedFirstUses(runs, terms)).toEqual([]);
    expect(unlinkedFirstUses([plain('报警打110')], terms).map((p) => p.id)).toEqual(['police-110']);
  });
});
