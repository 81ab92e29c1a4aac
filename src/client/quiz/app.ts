import { drawRound } from '../../lib/quiz/draw.ts';
import { isCorrect, readNext, scoreRound } from '../../lib/quiz/grade.ts';
import { isFinished, parseProgress, PROGRESS_KEY, type Progress } from '../../lib/quiz/progress.ts';
import { shuffle, type Random } from '../../lib/quiz/random.ts';
import { fill } from '../../lib/template.ts';

/**
 * The quiz island. The page already holds every question as a complete card (readable
 * without JavaScript); this script draws a round, shows one card at a time, grades the
 * answer, and keeps the reader's place in localStorage. Grading and drawing are the pure
 * functions in src/lib/quiz/. Nothing is sent anywhere.
 */
interface Strings {
  progress: string;
  chooseFirst: string;
  right: string;
  wrong: string;
  yourChoice: string;
  correctChoice: string;
  next: string;
  finish: string;
  score: string;
  perfect: string;
  good: string;
  tryHarder: string;
  yourAnswer: string;
  noAnswer: string;
  answerIs: string;
  cleared: string;
}


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
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const app = $('[data-quiz-app]');
  const bank = $('[data-quiz-bank]');
  const screens = [...root.querySelectorAll<HTMLElement>('[data-screen]')];
  const stage = $('[data-stage]');
  const status = $('[data-status]');
  const progressText = $('[data-progress-text]');
  const progressBar = $<HTMLProgressElement>('[data-progress]');
  const nextButton = $<HTMLButtonElement>('[data-next]');
  const resumeNote = $('[data-resume-note]');
  const cards = new Map([...root.querySelectorAll<HTMLElement>('[data-question]')].map((card) => [card.dataset['question']!, card]));
  const questions = [...cards.values()].map((card) => ({ id: card.dataset['question']!, topic: card.dataset['topic']! }));
  const correctOf = (id: string) => (cards.get(id)?.dataset['correct'] ?? '').split(',');
  const store = storage();
  let state: Progress | null = null;

  const save = () => {
    try {
      if (state) store?.setItem(PROGRESS_KEY, JSON.stringify(state));
    } catch {
      // Storage full or refused: keep going without saving.
    }
  };

  const show = (name: string) => {
    for (const screen of screens) screen.hidden = screen.dataset['screen'] !== name;
  };

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
    bank.querySelector(`[data-bank-item="${card.dataset['question']}"]`)?.append(card);
  };

  const reveal = (card: HTMLElement, chosen: readonly string[], announce: boolean) => {
    const correct = correctOf(card.dataset['question']!);
    const right = isCorrect(correct, chosen);
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
        mark.textContent = `✓ ${strings.correctChoice}`;
      } else if (chosen.includes(key)) {
        choice.classList.add('is-wrong');
        mark.textContent = `✗ ${strings.yourChoice}`;
      }
    }
    card.querySelector<HTMLElement>('[data-js-only]')!.hidden = true;
    const verdict = card.querySelector<HTMLElement>('[data-verdict]')!;
    verdict.textContent = right ? strings.right : strings.wrong;
    const solution = card.querySelector<HTMLDetailsElement>('[data-solution]')!;
    solution.hidden = false;
    solution.open = true;
    nextButton.hidden = false;
    nextButton.textContent = state && state.current >= state.ids.length - 1 ? strings.finish : strings.next;
    if (announce) {
      status.textContent = verdict.textContent;
      verdict.focus();
    }
  };

  const showQuestion = (focus: boolean) => {
    if (!state) return;
    for (const card of stage.querySelectorAll<HTMLElement>('[data-question]')) reset(card);
    const id = state.ids[state.current]!;
    const card = cards.get(id)!;
    const choices = card.querySelector<HTMLElement>('[data-choices]')!;
    const byKey = new Map([...choices.querySelectorAll<HTMLElement>('[data-key]')].map((choice) => [choice.dataset['key']!, choice]));
    state.order[id] ??= shuffle([...byKey.keys()], random);
    choices.replaceChildren(...state.order[id]!.map((key) => byKey.get(key)!).filter(Boolean));
    stage.append(card);
    card.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
    progressText.textContent = fill(strings.progress, { current: state.current + 1, total: state.ids.length });
    progressBar.max = state.ids.length;
    progressBar.value = state.current;
    nextButton.hidden = true;
    status.textContent = '';
    const answered = state.answers[id];
    if (answered) reveal(card, answered, false);
    else card.querySelector<HTMLDetailsElement>('[data-solution]')!.hidden = true;
    show('question');
    save();
    if (focus) progressText.focus();
  };

  const showResult = (focus: boolean) => {
    if (!state) return;
    for (const card of stage.querySelectorAll<HTMLElement>('[data-question]')) reset(card);
    const result = scoreRound(state.ids, state.answers, correctOf);
    $('[data-score]').textContent = fill(strings.score, { correct: result.correct, total: result.total });
    $('[data-score-message]').textContent =
      result.missed.length === 0 ? strings.perfect : result.correct / result.total >= 0.6 ? strings.good : strings.tryHarder;
    root.querySelectorAll('[data-card-score]').forEach((node) => (node.textContent = fill(strings.score, { correct: result.correct, total: result.total })));
    root.dataset['resultScore'] = `${result.correct}/${result.total}`;

    const review = $('[data-review-list]');
    review.replaceChildren(
      ...result.missed.map((id) => {
        const card = cards.get(id)!;
        const item = document.createElement('li');
        const prompt = document.createElement('p');
        prompt.className = 'review-prompt';
        prompt.textContent = card.querySelector('.prompt')!.textContent;
        const yours = document.createElement('p');
        const chosen = state!.answers[id] ?? [];
        const chosenText = chosen.map((key) => card.querySelector(`[data-key="${key}"] :is(.choice-text, .mini-title)`)?.textContent ?? key);
        yours.textContent = `${strings.yourAnswer}${chosenText.length ? chosenText.join('；') : strings.noAnswer}`;
        item.append(prompt, yours);
        // The answer, explanation and link, as written in the card.
        for (const line of card.querySelectorAll('[data-solution] > p:not([data-verdict])')) item.append(line.cloneNode(true));
        return item;
      }),
    );
    $('[data-review]').hidden = result.missed.length === 0;
    const links = readNext(
      result.missed.map((id) => {
        const link = cards.get(id)!.querySelector<HTMLAnchorElement>('[data-solution] a')!;
        return { href: link.getAttribute('href')!, label: link.textContent ?? '' };
      }),
    );
    $('[data-read-next-list]').replaceChildren(
      ...links.map(({ href, label }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = href;
        link.textContent = label;
        item.append(link);
        return item;
      }),
    );
    $('[data-read-next]').hidden = links.length === 0;
    show('result');
    save();
    if (focus) $('[data-result-title]').focus();
  };

  const start = (size: number) => {
    const previous = state ? state.ids : [];
    const round = drawRound(questions, size, random, new Set(previous));
    state = { version: 1, ids: round.map((q) => q.id), order: {}, answers: {}, current: 0, previous };
    resumeNote.hidden = true;
    showQuestion(true);
  };

  stage.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state) return;
    const card = (event.target as HTMLElement).closest<HTMLElement>('[data-question]')!;
    const chosen = [...card.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    if (chosen.length === 0) {
      status.textContent = strings.chooseFirst;
      return;
    }
    state.answers[card.dataset['question']!] = chosen;
    save();
    reveal(card, chosen, true);
  });

  nextButton.addEventListener('click', () => {
    if (!state) return;
    state.current += 1;
    if (state.current >= state.ids.length) showResult(true);
    else showQuestion(true);
  });

  root.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-start], [data-restart], [data-clear]');
    if (!target) return;
    if (target.dataset['start']) start(Number(target.dataset['start']));
    else if (target.hasAttribute('data-restart')) start(state?.ids.length ?? 10);
    else {
      store?.removeItem(PROGRESS_KEY);
      for (const card of stage.querySelectorAll<HTMLElement>('[data-question]')) reset(card);
      state = null;
      show('start');
      status.textContent = strings.cleared;
      $('[data-start]').focus();
    }
  });

  // First paint: hide the full list, resume where the reader left off.
  app.hidden = false;
  bank.hidden = true;
  state = parseProgress(store?.getItem(PROGRESS_KEY) ?? null, new Set(cards.keys()));
  if (!state) show('start');
  else if (isFinished(state)) showResult(false);
  else {
    resumeNote.hidden = false;
    showQuestion(false);
  }
}
