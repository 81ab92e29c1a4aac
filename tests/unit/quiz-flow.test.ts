import { describe, expect, it } from 'vitest';
import { currentQuestion, INITIAL_STATE, quizStep, type QuizBank, type QuizEvent, type QuizState } from '../../src/lib/quiz/flow.ts';
import { seededRandom } from '../../src/lib/quiz/random.ts';

const questions = ['a', 'b', 'c', 'd', 'e'].flatMap((topic) => [1, 2, 3].map((n) => ({ id: `${topic}${n}`, topic })));
const bank = (keepsOrder = (_id: string) => false): QuizBank => ({ questions, optionsOf: () => ['0', '1', '2'], keepsOrder, random: seededRandom(7) });
const run = (events: QuizEvent[], from: QuizState = INITIAL_STATE, b = bank()) => events.reduce((state, event) => quizStep(state, event, b), from);

describe('quizStep', () => {
  it('starts on the start screen with nothing saved', () => {
    expect(run([{ type: 'resume', saved: null }])).toEqual(INITIAL_STATE);
  });

  it('draws a round of the asked size, one of each topic, and fixes the first question\'s option order', () => {
    const state = run([{ type: 'start', size: 5 }]);
    expect(state.screen).toBe('question');
    expect(new Set(state.progress!.ids.map((id) => id[0])).size).toBe(5);
    const first = currentQuestion(state)!;
    expect([...state.progress!.order[first]!].sort()).toEqual(['0', '1', '2']);
  });

  it('keeps the page\'s order for questions whose options are numbered, and shuffles the rest', () => {
    const orders = (keeps: boolean) =>
      Array.from({ length: 6 }, (_, seed) => {
        const b: QuizBank = { ...bank(() => keeps), random: seededRandom(seed) };
        const state = quizStep(INITIAL_STATE, { type: 'start', size: 5 }, b);
        return state.progress!.order[currentQuestion(state)!]!.join('');
      });
    expect(orders(true)).toEqual(['012', '012', '012', '012', '012', '012']);
    expect(new Set(orders(false)).size).toBeGreaterThan(1);
  });

  it('does not grade an empty answer, and says so', () => {
    const started = run([{ type: 'start', size: 5 }]);
    const state = quizStep(started, { type: 'answer', chosen: [] }, bank());
    expect(state.notice).toBe('choose-first');
    expect(state.progress!.answers).toEqual({});
  });

  it('records an answer once, and moves on only after one', () => {
    const started = run([{ type: 'start', size: 5 }]);
    const id = currentQuestion(started)!;
    expect(quizStep(started, { type: 'next' }, bank())).toBe(started);
    const answered = quizStep(started, { type: 'answer', chosen: ['1'] }, bank());
    expect(answered.progress!.answers[id]).toEqual(['1']);
    expect(quizStep(answered, { type: 'answer', chosen: ['2'] }, bank()).progress!.answers[id]).toEqual(['1']);
    const next = quizStep(answered, { type: 'next' }, bank());
    expect(next.progress!.current).toBe(1);
    expect(next.progress!.order[currentQuestion(next)!]).toHaveLength(3);
  });

  it('shows the result after the last question', () => {
    const events: QuizEvent[] = [{ type: 'start', size: 5 }];
    for (let i = 0; i < 5; i += 1) events.push({ type: 'answer', chosen: ['0'] }, { type: 'next' });
    const state = run(events);
    expect(state.screen).toBe('result');
    expect(Object.keys(state.progress!.answers)).toHaveLength(5);
  });

  it('resumes a saved round where it stopped, or on its result when it was finished', () => {
    const midway = run([{ type: 'start', size: 5 }, { type: 'answer', chosen: ['0'] }, { type: 'next' }]);
    const resumed = run([{ type: 'resume', saved: midway.progress }]);
    expect(resumed).toMatchObject({ screen: 'question', notice: 'resumed' });
    expect(currentQuestion(resumed)).toBe(currentQuestion(midway));
    const events: QuizEvent[] = [{ type: 'start', size: 5 }];
    for (let i = 0; i < 5; i += 1) events.push({ type: 'answer', chosen: ['0'] }, { type: 'next' });
    expect(run([{ type: 'resume', saved: run(events).progress }]).screen).toBe('result');
  });

  it('tries again with the same size and different questions, remembering the last round', () => {
    const first = run([{ type: 'start', size: 5 }]);
    const again = quizStep(first, { type: 'restart' }, bank());
    expect(again.progress!.ids).toHaveLength(5);
    expect(again.progress!.previous).toEqual(first.progress!.ids);
    expect(again.progress!.ids.filter((id) => first.progress!.ids.includes(id))).toEqual([]);
  });

  it('clears everything and says so', () => {
    expect(run([{ type: 'start', size: 5 }, { type: 'clear' }])).toEqual({ ...INITIAL_STATE, notice: 'cleared' });
  });
});
