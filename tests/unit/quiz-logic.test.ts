import { describe, expect, it } from 'vitest';
import { drawRound } from '../../src/lib/quiz/draw.ts';
import { correctKeys, isCorrect, readNext, roundVerdict, scoreRound } from '../../src/lib/quiz/grade.ts';
import { brokenLearnMoreLinks } from '../../src/lib/quiz/links.ts';
import { isFinished, parseProgress, type Progress } from '../../src/lib/quiz/progress.ts';
import { seededRandom, shuffle } from '../../src/lib/quiz/random.ts';

const topics = ['case', 'waybill', 'scam', 'tips', 'after'];
const bank = topics.flatMap((topic) => Array.from({ length: 8 }, (_, i) => ({ id: `${topic}-${i}`, topic })));

describe('random', () => {
  it('is reproducible for a seed and shuffles without losing items', () => {
    expect(shuffle([1, 2, 3, 4, 5], seededRandom(7))).toEqual(shuffle([1, 2, 3, 4, 5], seededRandom(7)));
    expect(shuffle([1, 2, 3, 4, 5], seededRandom(7)).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('drawRound', () => {
  it('balances topics: 10 questions are two of each of five topics', () => {
    const round = drawRound(bank, 10, seededRandom(1));
    expect(round).toHaveLength(10);
    const counts = Object.groupBy(round, (q) => q.topic);
    for (const topic of topics) expect(counts[topic]).toHaveLength(2);
  });

  it('draws one per topic for a quick 5-question round, without repeats', () => {
    const round = drawRound(bank, 5, seededRandom(2));
    expect(new Set(round.map((q) => q.topic)).size).toBe(5);
    expect(new Set(round.map((q) => q.id)).size).toBe(5);
  });

  it('avoids the previous round while fresh questions remain', () => {
    const first = drawRound(bank, 10, seededRandom(3));
    const second = drawRound(bank, 10, seededRandom(4), new Set(first.map((q) => q.id)));
    expect(second.filter((q) => first.some((f) => f.id === q.id))).toEqual([]);
  });

  it('never asks for more than the bank has', () => {
    expect(drawRound(bank.slice(0, 3), 10, seededRandom(5))).toHaveLength(3);
  });
});

describe('grading', () => {
  it('turns every kind of answer into choice keys', () => {
    expect(correctKeys({ kind: 'single', answer: 2 })).toEqual(['2']);
    expect(correctKeys({ kind: 'waybill', answer: 0 })).toEqual(['0']);
    expect(correctKeys({ kind: 'multiple', answers: [3, 0] })).toEqual(['0', '3']);
    expect(correctKeys({ kind: 'truefalse', answer: false })).toEqual(['false']);
    expect(correctKeys({ kind: 'scam-or-real', answer: 'real' })).toEqual(['real']);
  });

  it('needs exactly the right set for multiple choice', () => {
    expect(isCorrect(['0', '3'], ['3', '0'])).toBe(true);
    expect(isCorrect(['0', '3'], ['0'])).toBe(false);
    expect(isCorrect(['0', '3'], ['0', '1', '3'])).toBe(false);
    expect(isCorrect(['1'], [])).toBe(false);
  });

  it('scores a round and lists what was missed, unanswered included', () => {
    const correct: Record<string, string[]> = { a: ['1'], b: ['true'], c: ['0', '2'] };
    const result = scoreRound(['a', 'b', 'c'], { a: ['1'], c: ['0'] }, (id) => correct[id]!);
    expect(result).toEqual({ correct: 1, total: 3, missed: ['b', 'c'] });
  });

  it('says how the round went: all right, 60 % or more, or fewer', () => {
    expect(roundVerdict({ correct: 10, total: 10, missed: [] })).toBe('perfect');
    expect(roundVerdict({ correct: 6, total: 10, missed: ['a', 'b', 'c', 'd'] })).toBe('good');
    expect(roundVerdict({ correct: 5, total: 10, missed: ['a', 'b', 'c', 'd', 'e'] })).toBe('tryHarder');
  });

  it('suggests each article once, in the order of the missed questions', () => {
    expect(
      readNext([
        { href: '/articles/a/#x', label: 'A x' },
        { href: '/articles/b/', label: 'B' },
        { href: '/articles/a/#y', label: 'A y' },
      ]),
    ).toEqual([
      { href: '/articles/a/#x', label: 'A x' },
      { href: '/articles/b/', label: 'B' },
    ]);
  });
});

describe('saved progress', () => {
  const bank = new Map([
    ['a', ['0', '1']],
    ['b', ['0', '1', '2']],
    ['c', ['0', '1']],
  ]);
  const optionsOf = (id: string) => bank.get(id);
  const good: Progress = { version: 1, ids: ['a', 'b'], order: { a: ['1', '0'] }, answers: { a: ['1'] }, current: 1, previous: [] };
  const read = (value: unknown) => parseProgress(JSON.stringify(value), optionsOf);

  it('round-trips a valid state', () => {
    expect(read(good)).toEqual(good);
  });

  it('throws away what is not a round at all', () => {
    expect(parseProgress(null, optionsOf)).toBeNull();
    expect(parseProgress('{not json', optionsOf)).toBeNull();
    expect(parseProgress('null', optionsOf)).toBeNull();
    expect(parseProgress('"text"', optionsOf)).toBeNull();
    expect(parseProgress('[]', optionsOf)).toBeNull();
    expect(read({ ...good, version: 0 })).toBeNull();
    expect(read({ ...good, ids: ['gone'] })).toBeNull();
  });

  it('keeps the questions that are still in the bank when one was removed', () => {
    expect(read({ ...good, ids: ['a', 'gone', 'b'], current: 2 })).toEqual({ ...good, ids: ['a', 'b'], current: 1 });
  });

  it('asks again a question whose options changed, and keeps the rest of the round', () => {
    const changed = read({ ...good, ids: ['a', 'b', 'c'], order: { a: ['1', '9'], b: ['2', '0', '1'] }, answers: { a: ['9'], b: ['2'] }, current: 2 });
    expect(changed).toEqual({ version: 1, ids: ['a', 'b', 'c'], order: { b: ['2', '0', '1'] }, answers: { b: ['2'] }, current: 2, previous: [] });
  });

  it('puts a lost place on the first question not answered', () => {
    expect(read({ ...good, current: 9 })?.current).toBe(1);
    expect(read({ ...good, current: -1 })?.current).toBe(1);
    expect(read({ ...good, current: 'x' })?.current).toBe(1);
    expect(read({ ...good, answers: { a: 1 } })).toEqual({ ...good, answers: {}, current: 1 });
    expect(read({ ...good, answers: null, order: 'x', previous: 3 })).toEqual({ ...good, order: {}, answers: {}, current: 1 });
  });

  it('knows when a round is finished', () => {
    expect(isFinished(good)).toBe(false);
    expect(isFinished({ ...good, answers: { a: ['1'], b: ['0'] }, current: 2 })).toBe(true);
  });
});

describe('learn-more links', () => {
  const pages = new Map([['/articles/police-tips/', new Set(['一听就要警惕的信号'])]]);
  it('accepts a real page and heading, and names file, id and reason otherwise', () => {
    const ok = { id: 'a', file: 'content/quiz/scam.yaml', learnMore: { href: '/articles/police-tips/#一听就要警惕的信号' } };
    const encoded = { ...ok, learnMore: { href: `/articles/police-tips/#${encodeURIComponent('一听就要警惕的信号')}` } };
    const noPage = { ...ok, id: 'b', learnMore: { href: '/articles/nope/' } };
    const noHeading = { ...ok, id: 'c', learnMore: { href: '/articles/police-tips/#nope' } };
    const problems = brokenLearnMoreLinks([ok, encoded, noPage, noHeading], pages);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/quiz\/scam\.yaml: question "b": .* page that does not exist/);
    expect(problems[1]).toMatch(/question "c": .* heading that does not exist/);
  });
});

describe('waybill questions agree with the label checker', () => {
  it('accepts a question whose only compliant label is the answer, and names what is wrong otherwise', async () => {
    const { waybillAnswerProblems } = await import('../../src/lib/quiz/waybill-answers.ts');
    const labels = [
      { name: '张小明', phone: '13812345678', address: '幸福路88号3幢2单元501室' },
      { name: '张**', phone: '*******5678', address: '幸福路88号****' },
      { name: '张*明', phone: '138****5678', address: '幸福路88号****' },
    ];
    const question = { id: 'which-label', file: 'content/quiz/waybill.yaml', labels, answer: 1 };
    expect(waybillAnswerProblems([question])).toEqual([]);
    const wrong = waybillAnswerProblems([{ ...question, answer: 2 }]);
    expect(wrong).toHaveLength(2);
    expect(wrong[0]).toMatch(/question "which-label": label 2 .* is not the answer, but the label checker says it meets/);
    expect(wrong[1]).toMatch(/label 3 .* is the answer, but the label checker says it does not meet/);
  });
});

describe('splitClues', () => {
  it('marks each clue where it appears, longest first', async () => {
    const { splitClues } = await import('../../src/lib/quiz/clues.ts');
    expect(splitClues('加一下我的微信，走理赔通道', ['微信', '加一下我的微信', '理赔'])).toEqual([
      { text: '加一下我的微信', clue: true },
      { text: '，走', clue: false },
      { text: '理赔', clue: true },
      { text: '通道', clue: false },
    ]);
    expect(splitClues('没有线索', [])).toEqual([{ text: '没有线索', clue: false }]);
  });
});
