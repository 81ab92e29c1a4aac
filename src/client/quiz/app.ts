import { quiz as t } from '../../i18n/ui.ts';
import { currentQuestion, INITIAL_STATE, quizStep, type QuizBank, type QuizEvent, type QuizState } from '../../lib/quiz/flow.ts';
import { isCorrect, roundVerdict, scoreRound, type RoundResult } from '../../lib/quiz/grade.ts';
import { parseProgress, PROGRESS_KEY, type Progress } from '../../lib/quiz/progress.ts';
import type { Random } from '../../lib/quiz/random.ts';
import { fill } from '../../lib/template.ts';
import { quizHooks as hooks } from './hooks.ts';

/**
 * The quiz island. The page already holds every question as a complete card (readable
 * without JavaScript) and every part of the result screen; this script only moves cards
 * and sets state. What happens next is decided by quizStep() (src/lib/quiz/flow.ts); the
 * functions here draw the state it returns, and the round is kept in localStorage.
 * Nothing is sent anywhere.
 */
const random: Random = () => {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0]! / 4294967296;
};

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Private modes and some webviews refuse storage: the quiz still works.
  }
}

/** The parts of the quiz the drawing changes, found once. */
interface Parts {
  root: HTMLElement;
  cards: Map<string, HTMLElement>;
  screens: HTMLElement[];
  bankList: HTMLElement;
  stage: HTMLElement;
  review: HTMLElement;
  status: HTMLElement;
  announce: HTMLElement;
  progressText: HTMLElement;
  progressBar: HTMLProgressElement;
  nextButton: HTMLButtonElement;
  resumeNote: HTMLElement;
}

function findParts(root: HTMLElement): Parts {
  const find = <T extends Element = HTMLElement>(name: Parameters<typeof hooks.find>[1]) => hooks.find<T>(root, name);
  return {
    root,
    cards: new Map(hooks.findAll(root, 'question').map((card) => [hooks.read(card, 'question')!, card])),
    screens: hooks.findAll(root, 'screen'),
    bankList: find('quiz-bank'),
    stage: find('stage'),
    review: find('review-list'),
    status: find('status'),
    announce: find('announce'),
    progressText: find('progress-text'),
    progressBar: find<HTMLProgressElement>('progress'),
    nextButton: find<HTMLButtonElement>('next'),
    resumeNote: find('resume-note'),
  };
}

const correctOf = (card: HTMLElement | undefined) => (card ? (hooks.read(card, 'correct') ?? '').split(',') : []);
const keysOf = (card: HTMLElement) => hooks.findAll(card, 'key').map((choice) => hooks.read(choice, 'key')!);

/** Puts a card back in the bank list in its original, unanswered state. */
function resetCard(card: HTMLElement, bankList: HTMLElement): void {
  card.classList.remove('revealed');
  for (const input of card.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = false;
    input.disabled = false;
  }
  for (const choice of hooks.findAll(card, 'key')) {
    choice.classList.remove('is-correct', 'is-wrong');
    hooks.find(choice, 'mark').textContent = '';
  }
  const solution = hooks.find<HTMLDetailsElement>(card, 'solution');
  solution.open = false;
  solution.hidden = false;
  hooks.find(card, 'verdict').textContent = '';
  hooks.find(card, 'js-only').hidden = true;
  bankList.querySelector(hooks.selector('bank-item', hooks.read(card, 'question')))?.append(card);
}

/** Shows a card answered: the reader's choice and the right one marked, the solution open. */
function revealCard(card: HTMLElement, chosen: readonly string[]): void {
  const correct = correctOf(card);
  card.classList.add('revealed');
  for (const input of card.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = chosen.includes(input.value);
    input.disabled = true;
  }
  for (const choice of hooks.findAll(card, 'key')) {
    const key = hooks.read(choice, 'key')!;
    const mark = hooks.find(choice, 'mark');
    if (correct.includes(key)) {
      choice.classList.add('is-correct');
      mark.textContent = `✓ ${t.correctChoice}`;
    } else if (chosen.includes(key)) {
      choice.classList.add('is-wrong');
      mark.textContent = `✗ ${t.yourChoice}`;
    }
  }
  hooks.find(card, 'js-only').hidden = true;
  hooks.find(card, 'verdict').textContent = isCorrect(correct, chosen) ? t.right : t.wrong;
  const solution = hooks.find<HTMLDetailsElement>(card, 'solution');
  solution.hidden = false;
  solution.open = true;
}

/** The question on the stage, its options in the round's order, answered or waiting. */
function drawQuestion(parts: Parts, progress: Progress, id: string, focus: boolean): void {
  const card = parts.cards.get(id)!;
  const choices = hooks.find(card, 'choices');
  const byKey = new Map(hooks.findAll(choices, 'key').map((choice) => [hooks.read(choice, 'key')!, choice]));
  choices.replaceChildren(...(progress.order[id] ?? [...byKey.keys()]).map((key) => byKey.get(key)!).filter(Boolean));
  parts.stage.append(card);
  parts.progressText.textContent = fill(t.progress, { current: progress.current + 1, total: progress.ids.length });
  parts.progressBar.max = progress.ids.length;
  parts.progressBar.value = progress.current;
  const answered = progress.answers[id];
  if (answered) revealCard(card, answered);
  else {
    hooks.find(card, 'js-only').hidden = false;
    hooks.find(card, 'solution').hidden = true;
  }
  parts.nextButton.hidden = !answered;
  parts.nextButton.textContent = progress.current >= progress.ids.length - 1 ? t.finish : t.next;
  if (focus) {
    // Focus tells a screen reader "第 2 题，共 10 题"; the scroll puts that line at the top of
    // the screen, so the question and its options follow it (focus alone centred it, and
    // the quiz's introduction took the screen).
    parts.progressText.focus({ preventScroll: true });
    parts.progressText.scrollIntoView({ block: 'start' });
  }
}

/** The result screen: the score, the missed questions as answered, and the pages to read next. */
function drawResult(parts: Parts, progress: Progress, result: RoundResult, focus: boolean): void {
  const { root, cards } = parts;
  const score = fill(t.score, { correct: result.correct, total: result.total });
  hooks.find(root, 'score').textContent = score;
  hooks.find(root, 'score-message').textContent = t[roundVerdict(result)];
  for (const node of hooks.findAll(root, 'card-score')) node.textContent = score;
  for (const id of result.missed) {
    const card = cards.get(id)!;
    revealCard(card, progress.answers[id] ?? []);
    parts.review.append(card);
  }
  hooks.find(root, 'review').hidden = result.missed.length === 0;
  // Where to read next: the pages the missed questions point to, drawn at build time.
  const pages = new Set(result.missed.map((id) => hooks.read(cards.get(id)!, 'read-more')));
  const readNext = hooks.findAll(root, 'read-next-page');
  for (const item of readNext) item.hidden = !pages.has(hooks.read(item, 'read-next-page'));
  hooks.find(root, 'read-next').hidden = !readNext.some((item) => !item.hidden);
  if (focus) hooks.find(root, 'result-title').focus();
}

/** Draws `state`, reached by `event`: an answer only reveals its card; any other move redraws the screen. */
function draw(parts: Parts, state: QuizState, event: QuizEvent): void {
  const moved = event.type !== 'answer';
  if (moved) {
    for (const card of [...hooks.findAll(parts.stage, 'question'), ...hooks.findAll(parts.review, 'question')]) resetCard(card, parts.bankList);
    parts.review.replaceChildren();
  }
  for (const screen of parts.screens) screen.hidden = hooks.read(screen, 'screen') !== state.screen;
  parts.resumeNote.hidden = state.notice !== 'resumed';
  const focus = event.type !== 'resume';
  const id = currentQuestion(state);
  const progress = state.progress;
  if (event.type === 'answer' && id !== undefined && progress?.answers[id]) {
    const card = parts.cards.get(id)!;
    revealCard(card, progress.answers[id]);
    parts.nextButton.hidden = false;
    const verdict = hooks.find(card, 'verdict');
    parts.status.textContent = '';
    parts.announce.textContent = verdict.textContent;
    verdict.focus();
    return;
  }
  parts.announce.textContent = '';
  parts.status.textContent = state.notice === 'choose-first' ? t.chooseFirst : state.notice === 'cleared' ? t.cleared : '';
  if (moved && progress && id !== undefined) drawQuestion(parts, progress, id, focus);
  if (moved && progress && state.screen === 'result') drawResult(parts, progress, resultOf(parts, progress), focus);
  if (event.type === 'clear') hooks.find(parts.root, 'start').focus();
}

const resultOf = (parts: Parts, progress: Progress) => scoreRound(progress.ids, progress.answers, (id) => correctOf(parts.cards.get(id)));

function save(store: Storage | null, progress: Progress | null): void {
  try {
    if (progress) store?.setItem(PROGRESS_KEY, JSON.stringify(progress));
    else store?.removeItem(PROGRESS_KEY);
  } catch {
    // Storage full or refused: keep going without saving.
  }
}

function saved(store: Storage | null): string | null {
  try {
    return store?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return null; // As in storage().
  }
}

/** What the rest of the island asks of the round: the score of the finished round, for the result card's image. */
export interface QuizRound {
  result(): RoundResult | undefined;
}

export function mountQuiz(root: HTMLElement): QuizRound {
  const parts = findParts(root);
  const bank: QuizBank = {
    questions: [...parts.cards].map(([id, card]) => ({ id, topic: hooks.read(card, 'topic')! })),
    optionsOf: (id) => keysOf(parts.cards.get(id)!),
    keepsOrder: (id) => hooks.read(parts.cards.get(id)!, 'fixed-order') !== undefined,
    random,
  };
  const store = storage();
  let state: QuizState = INITIAL_STATE;
  const dispatch = (event: QuizEvent) => {
    state = quizStep(state, event, bank);
    save(store, state.progress);
    draw(parts, state, event);
  };

  parts.stage.addEventListener('submit', (event) => {
    event.preventDefault();
    const card = (event.target as HTMLElement).closest<HTMLElement>(hooks.selector('question'))!;
    dispatch({ type: 'answer', chosen: [...card.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value) });
  });
  parts.nextButton.addEventListener('click', () => dispatch({ type: 'next' }));
  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>([hooks.selector('start'), hooks.selector('restart'), hooks.selector('clear')].join(', '));
    if (!target) return;
    const size = hooks.read(target, 'start');
    if (size) dispatch({ type: 'start', size: Number(size) });
    else if (hooks.read(target, 'restart') !== undefined) dispatch({ type: 'restart' });
    else dispatch({ type: 'clear' });
  });

  // First paint: hide the full list, resume where the reader left off.
  hooks.find(root, 'quiz-app').hidden = false;
  parts.bankList.hidden = true;
  state = quizStep(INITIAL_STATE, { type: 'resume', saved: parseProgress(saved(store), (id) => (parts.cards.has(id) ? keysOf(parts.cards.get(id)!) : undefined)) }, bank);
  draw(parts, state, { type: 'resume', saved: null });
  return { result: () => (state.screen === 'result' && state.progress ? resultOf(parts, state.progress) : undefined) };
}
