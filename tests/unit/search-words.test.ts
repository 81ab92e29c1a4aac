import { describe, expect, it } from 'vitest';
import { intendedPages, keywordsOf, repeatedWords, toVocabulary, type SearchWords } from '../../src/lib/search/words.ts';

const words: SearchWords = {
  synonyms: [['加v', ['加微信']]],
  questionWords: ['是什么', '怎么办'],
  definitionWords: ['是什么'],
  intents: [
    { page: '/quiz/', words: ['答题', '测一测'] },
    { page: '/print/', words: ['打印海报', '海报'] },
  ],
};

describe('search word lists', () => {
  it('become the vocabulary a query is read with', () => {
    const vocabulary = toVocabulary(words);
    expect(vocabulary.synonyms.get('加v')).toEqual(['加微信']);
    expect(vocabulary.definitionWords).toEqual(['是什么']);
  });

  it('name the tool a query asks for, also across dropped question words', () => {
    expect(intendedPages('我想 答题', words.intents)).toEqual(['/quiz/']);
    expect(intendedPages('打印 海报', words.intents)).toEqual(['/print/']);
    expect(intendedPages('面单 电话', words.intents)).toEqual([]);
    expect(intendedPages('', words.intents)).toEqual([]);
    // A whole question as an intent is found in the query as typed, before its question words go.
    expect(intendedPages('骗子', [{ page: '/check/', words: ['是不是骗子'] }], '是不是骗子')).toEqual(['/check/']);
    expect(intendedPages('骗子', [{ page: '/check/', words: ['是不是骗子'] }])).toEqual([]);
  });

  it('give a page its words by its path, whatever section the result points at', () => {
    expect(keywordsOf('/quiz/#q3', words.intents)).toEqual(['答题', '测一测']);
    expect(keywordsOf('/articles/x/', words.intents)).toEqual([]);
  });

  it('name a word listed under two entries, which only one of them could use', () => {
    expect(repeatedWords([{ id: 'police', words: ['报警'] }, { id: 'report', words: ['报警', '报案'] }])).toEqual(['"报警" is listed under both police and report']);
    expect(repeatedWords([{ id: 'quiz', words: ['答题', '答题'] }])).toEqual([]);
  });
});
