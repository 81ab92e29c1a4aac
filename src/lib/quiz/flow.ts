import { drawRound, type Drawable } from './draw.ts';
import { isFinished, type Progress } from './progress.ts';
import { shuffle, type Random } from './random.ts';

/**
 * The quiz's whole flow as one pure function: given where the reader is and what they
 * just did, where they are next. The island only draws the state this returns and saves
 * its `progress`; every rule of the flow (what resuming shows, what "try again" draws, what
 * an empty answer does) lives here and is unit tested.
 */
export type Screen = 'start' | 'question' | 'result';

export interface QuizState {
  screen: Screen;
  /** The round, as saved on this device; null before the first round and after clearing. */
  progress: Progress | null;
  /** A passing message for the status line. */
  notice: 'choose-first' | 'cleared' | 'resumed' | null;
}

export type QuizEvent =
  | { type: 'resume'; saved: Progress | null }
  | { type: 'start'; size: number }
  | { type: 'answer'; chosen: readonly string[] }
  | { type: 'next' }
  | { type: 'restart' }
  | { type: 'clear' };

export interface QuizBank {
  questions: readonly Drawable[];
  /** The option keys of a question, in the order the page lists them. */
  optionsOf: (id: string) => readonly string[];
  /** Whether a question's options keep the page's order: labels numbered 第 1 张… that the explanation names, or a 对/错 pair. */
  keepsOrder: (id: string) => boolean;
  random: Random;
}

export const INITIAL_STATE: QuizState = { screen: 'start', progress: null, notice: null };

/** The question on screen, with its options in an order fixed the first time it is shown. */
function onQuestion(progress: Progress, bank: QuizBank): Progress {
  const id = progress.ids[progress.current];
  if (id === undefined || progress.order[id]) return progress;
  const options = bank.keepsOrder(id) ? [...bank.optionsOf(id)] : shuffle(bank.optionsOf(id), bank.random);
  return { ...progress, order: { ...progress.order, [id]: options } };
}

function startRound(previous: Progress | null, size: number, bank: QuizBank): QuizState {
  const before = previous?.ids ?? [];
  const ids = drawRound(bank.questions, size, bank.random, new Set(before)).map((question) => question.id);
  const progress: Progress = { version: 1, ids, order: {}, answers: {}, current: 0, previous: before };
  return { screen: 'question', progress: onQuestion(progress, bank), notice: null };
}

export function currentQuestion(state: QuizState): string | undefined {
  return state.screen === 'question' ? state.progress?.ids[state.progress.current] : undefined;
}

export function quizStep(state: QuizState, event: QuizEvent, bank: QuizBank): QuizState {
  const { progress } = state;
  switch (event.type) {
    case 'resume': {
      const saved = event.saved;
      if (!saved) return INITIAL_STATE;
      if (isFinished(saved)) return { screen: 'result', progress: saved, notice: null };
      return { screen: 'question', progress: onQuestion(saved, bank), notice: 'resumed' };
    }
    case 'start':
      return startRound(progress, event.size, bank);
    case 'restart':
      return startRound(progress, progress?.ids.length ?? 10, bank);
    case 'answer': {
      const id = currentQuestion(state);
      if (!progress || id === undefined || progress.answers[id]) return state;
      if (event.chosen.length === 0) return { ...state, notice: 'choose-first' };
      return { ...state, progress: { ...progress, answers: { ...progress.answers, [id]: [...event.chosen] } }, notice: null };
    }
    case 'next': {
      const id = currentQuestion(state);
      if (!progress || id === undefined || !progress.answers[id]) return state;
      const next = { ...progress, current: progress.current + 1 };
      if (next.current >= next.ids.length) return { screen: 'result', progress: next, notice: null };
      return { screen: 'question', progress: onQuestion(next, bank), notice: null };
    }
    case 'clear':
      return { ...INITIAL_STATE, notice: 'cleared' };
  }
}
