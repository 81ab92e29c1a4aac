import { quiz as t } from '../../i18n/ui.ts';
import { currentQuestion, INITIAL_STATE, quizStep, type QuizBank, type QuizEvent, type QuizState } from '../../lib/quiz/flow.ts';
import { isCorrect, scoreRound } from '../../lib/quiz/grade.ts';
import { parseProgress, PROGRESS_KEY } from '../../lib/quiz/progress.ts';
import type { Random } from '../../lib/quiz/random.ts';
import { fill } from '../../lib/template.ts';

/**
 * The quiz island. The page already holds every question as a complete card (readable
 * without JavaScript) and every part of the result screen; this script only moves cards
 * and sets state. What happens next is decided by quizStep() (src/lib/quiz/flow.ts);
 * this file draws the state it returns and keeps the round in localStorage. Nothing is
 * sent anywhere.
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

export function mountQuiz(root: HTMLElement): void {
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const app = $('[data-quiz-app]');
  const bankList = $('[data-quiz-bank]');
  const screens = [...root.querySelectorAll<HTMLElement>('[data-screen]')];
  const stage = $('[data-stage]');
  const review = $('[data-review-list]');
  const status = $('[data-status]');
  const announce = $('[data-announce]');
  const progressText = $('[data-progress-text]');
  const progressBar = $<HTMLProgressElement>('[data-progress]');
  const nextButton = $<HTMLButtonElement>('[data-next]');
  const resumeNote = $('[data-resume-note]');
  const cards = new Map([...root.querySelectorAll<HTMLElement>('[data-question]')].map((card) => [card.dataset['question']!, card]));
  const correctOf = (id: string) => (cards.get(id)?.dataset['correct'] ?? '').split(',');
  const bank: QuizBank = {
    questions: [...cards.values()].map((card) => ({ id: card.dataset['question']!, topic: card.dataset['topic']! })),
    optionsOf: (id) => [...cards.get(id)!.querySelectorAll<HTMLElement>('[data-key]')].map((choice) => choice.dataset['key']!),
    random,
  };
  const store = storage();
  let state: QuizState = INITIAL_STATE;

  /** Puts a card back in the bank list in its original, unanswered state. */
  const reset = (card: HTMLElement) => {
    card.classList.remove('revealed');
    for (const input of card.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = false;
      input.disabled = false;
    }
    for (const choice of card.querySelectorAll<HTMLElement>('[data-key]')) {
      choice.classList.remove('is-correct', 'is-wrong');
      choice.querySelector('[data-mark]')!.textContent = '';
    }
    const solution = card.querySelector<HTMLDetailsElement>('[data-solution]')!;
    solution.open = false;
    solution.hidden = false;
    card.querySelector('[data-verdict]')!.textContent = '';
    card.querySelector<HTMLElement>('[data-js-only]')!.hidden = true;
    bankList.querySelector(`[data-bank-item="${card.dataset['question']}"]`)?.append(card);
  };

  /** Shows a card answered: the reader's choice and the right one marked, the solution open. */
  const reveal = (card: HTMLElement, chosen: readonly string[]) => {
    const correct = correctOf(card.dataset['question']!);
    card.classList.add('revealed');
    for (const input of card.querySelectorAll<HTMLInputElement>('input')) {
      input.checked = chosen.includes(input.value);
      input.disabled = true;
    }
    for (const choice of card.querySelectorAll<HTMLElement>('[data-key]')) {
      const key = choice.dataset['key']!;
      const mark = choice.querySelector('[data-mark]')!;
      if (correct.includes(key)) {
        choice.classList.add('is-correct');
        mark.textContent = `✓ ${t.correctChoice}`;
      } else if (chosen.includes(key)) {
        choice.classList.add('is-wrong');
        mark.textContent = `✗ ${t.yourChoice}`;
      }
    }
    card.querySelector<HTMLElement>('[data-js-only]')!.hidden = true;
    card.querySelector('[data-verdict]')!.textContent = isCorrect(correct, chosen) ? t.right : t.wrong;
    const solution = card.querySelector<HTMLDetailsElement>('[data-solution]')!;
    solution.hidden = false;
    solution.open = true;
  };

  const drawQuestion = (id: string, focus: boolean) => {
    const progress = state.progress!;
    const card = cards.get(id)!;
    const choices = card.querySelector<HTMLElement>('[data-choices]')!;
    const byKey = new Map([...choices.querySelectorAll<HTMLElement>('[data-key]')].map((choice) => [choice.dataset['key']!, choice]));
    choices.replaceChildren(...(progress.order[id] ?? [...byKey.keys()]).map((key) => byKey.get(key)!).filter(Boolean));
    stage.append(card);
    progressText.textContent = fill(t.progress, { current: progress.current + 1, total: progress.ids.length });
    progressBar.max = progress.ids.length;
    progressBar.value = progress.current;
    const answered = progress.answers[id];
    if (answered) reveal(card, answered);
    else {
      card.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
      card.querySelector<HTMLDetailsElement>('[data-solution]')!.hidden = true;
    }
    nextButton.hidden = !answered;
    nextButton.textContent = progress.current >= progress.ids.length - 1 ? t.finish : t.next;
    if (focus) progressText.focus();
  };

  const drawResult = (focus: boolean) => {
    const progress = state.progress!;
    const result = scoreRound(progress.ids, progress.answers, correctOf);
    const score = fill(t.score, { correct: result.correct, total: result.total });
    $('[data-score]').textContent = score;
    $('[data-score-message]').textContent =
      result.missed.length === 0 ? t.perfect : result.correct / result.total >= 0.6 ? t.good : t.tryHarder;
    root.querySelectorAll('[data-card-score]').forEach((node) => (node.textContent = score));
    root.dataset['resultScore'] = `${result.correct}/${result.total}`;
    // The missed questions themselves, answered as the reader answered them.
    for (const id of result.missed) {
      const card = cards.get(id)!;
      reveal(card, progress.answers[id] ?? []);
      review.append(card);
    }
    $('[data-review]').hidden = result.missed.length === 0;
    // Where to read next: the pages the missed questions point to, drawn at build time.
    const pages = new Set(result.missed.map((id) => cards.get(id)!.dataset['readMore']));
    const readNext = [...root.querySelectorAll<HTMLElement>('[data-read-next-page]')];
    for (const item of readNext) item.hidden = !pages.has(item.dataset['readNextPage']);
    $('[data-read-next]').hidden = !readNext.some((item) => !item.hidden);
    if (focus) $('[data-result-title]').focus();
  };

  const draw = (event: QuizEvent) => {
    const moved = event.type !== 'answer';
    if (moved) {
      for (const card of root.querySelectorAll<HTMLElement>('[data-stage] [data-question], [data-review-list] [data-question]')) reset(card);
      review.replaceChildren();
    }
    for (const screen of screens) screen.hidden = screen.dataset['screen'] !== state.screen;
    resumeNote.hidden = state.notice !== 'resumed';
    const focus = event.type !== 'resume';
    const id = currentQuestion(state);
    if (event.type === 'answer' && id !== undefined && state.progress?.answers[id]) {
      const card = cards.get(id)!;
      reveal(card, state.progress.answers[id]);
      nextButton.hidden = false;
      const verdict = card.querySelector<HTMLElement>('[data-verdict]')!;
      status.textContent = '';
      announce.textContent = verdict.textContent;
      verdict.focus();
      return;
    }
    announce.textContent = '';
    status.textContent = state.notice === 'choose-first' ? t.chooseFirst : state.notice === 'cleared' ? t.cleared : '';
    if (moved && id !== undefined) drawQuestion(id, focus);
    if (moved && state.screen === 'result') drawResult(focus);
    if (event.type === 'clear') $('[data-start]').focus();
  };

  const dispatch = (event: QuizEvent) => {
    state = quizStep(state, event, bank);
    try {
      if (state.progress) store?.setItem(PROGRESS_KEY, JSON.stringify(state.progress));
      else store?.removeItem(PROGRESS_KEY);
    } catch {
      // Storage full or refused: keep going without saving.
    }
    draw(event);
  };

  stage.addEventListener('submit', (event) => {
    event.preventDefault();
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-question]')!;
    dispatch({ type: 'answer', chosen: [...card.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value) });
  });
  nextButton.addEventListener('click', () => dispatch({ type: 'next' }));
  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-start], [data-restart], [data-clear]');
    if (!target) return;
    if (target.dataset['start']) dispatch({ type: 'start', size: Number(target.dataset['start']) });
    else if (target.hasAttribute('data-restart')) dispatch({ type: 'restart' });
    else dispatch({ type: 'clear' });
  });

  // First paint: hide the full list, resume where the reader left off.
  app.hidden = false;
  bankList.hidden = true;
  let saved: string | null = null;
  try {
    saved = store?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    // As above.
  }
  state = quizStep(INITIAL_STATE, { type: 'resume', saved: parseProgress(saved, new Set(cards.keys())) }, bank);
  draw({ type: 'resume', saved: null });
}
