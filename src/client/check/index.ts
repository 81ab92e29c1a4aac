import { checkLive as t } from '../../i18n/check.ts';
import { signsFromAnswers } from '../../lib/check/call.ts';
import { findSigns, type FoundSign } from '../../lib/check/detect.ts';
import { verdictOf } from '../../lib/check/verdict.ts';
import { fill } from '../../lib/template.ts';
import { defineIsland } from '../island.ts';
import { reportUnsavedWork } from '../unsaved-work.ts';
import { checkData, checkHooks as hooks } from './hooks.ts';
import { takeHandedText } from './handoff.ts';

/**
 * Brings 查一查 to life. What the reader pastes is read from the box, matched by
 * src/lib/check/ and answered by showing signs drawn at build time; the reader's own words
 * are written back with textContent only. Nothing is sent, stored or put in the URL.
 */
function mount(root: HTMLElement): void {
  const { rules, reading, answers } = checkData.read(root);
  const result = hooks.find(root, 'check-result');
  const items = hooks.findAll(root, 'check-item');
  const list = items[0]?.parentElement;
  const input = root.querySelector<HTMLTextAreaElement>(hooks.selector('check-input'));
  // A pasted message, or a call described in taps.
  reportUnsavedWork(() => (input?.value.trim() ?? '') !== '' || root.querySelector('input:checked') !== null);

  const show = (found: readonly FoundSign[]) => {
    const verdict = verdictOf(found);
    for (const line of hooks.findAll(root, 'check-verdict')) line.hidden = hooks.read(line, 'check-verdict') !== verdict;
    const none = hooks.find(root, 'check-none-block');
    none.hidden = verdict !== 'none';
    if (verdict === 'none') hooks.set(none, 'check-none');
    else none.removeAttribute('data-check-none');
    hooks.find(root, 'check-count').textContent = found.length > 0 ? fill(t.count, { count: String(found.length) }) : '';

    const byId = new Map(found.map((sign) => [sign.id, sign]));
    for (const item of items) {
      const sign = byId.get(hooks.read(item, 'check-item') ?? '');
      item.hidden = !sign;
      if (!sign) {
        item.removeAttribute('data-check-sign');
        continue;
      }
      hooks.set(item, 'check-sign', sign.id);
      const quote = hooks.find(item, 'check-quote');
      quote.textContent = sign.quote;
      quote.parentElement!.hidden = sign.quote === '';
    }
    // Heaviest first, as found.
    for (const sign of found) {
      const item = items.find((candidate) => hooks.read(candidate, 'check-item') === sign.id);
      if (item && list) list.append(item);
    }
    result.hidden = false;
    const heading = result.querySelector<HTMLElement>('h2');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  };

  const say = (mode: 'paste' | 'call', message: string) => {
    hooks.find(root, 'check-empty', mode).textContent = message;
  };

  const runPaste = () => {
    const text = input?.value ?? '';
    if (text.trim() === '') {
      result.hidden = true;
      say('paste', t.emptyPaste);
      input?.focus();
      return;
    }
    say('paste', '');
    show(findSigns(text, rules, reading));
  };

  const runCall = () => {
    const chosen = hooks.findAll<HTMLInputElement>(root, 'check-answer').filter((answer) => answer.checked).map((answer) => answer.value);
    if (chosen.length === 0) {
      result.hidden = true;
      say('call', t.emptyCall);
      return;
    }
    say('call', '');
    show(signsFromAnswers(chosen, answers, rules));
  };

  root.querySelector(hooks.selector('check-run'))?.addEventListener('click', runPaste);
  const callRun = hooks.find(root, 'check-call-run');
  callRun.hidden = false;
  callRun.addEventListener('click', runCall);

  root.querySelector(hooks.selector('check-again'))?.addEventListener('click', () => {
    if (!input) return;
    input.value = '';
    result.hidden = true;
    input.focus();
    input.scrollIntoView({ block: 'center' });
  });

  // Two ways in, one shown at a time (the kiosk has only the call questions, and no switch).
  const modes = root.querySelector<HTMLElement>(hooks.selector('check-modes'));
  if (modes) {
    modes.hidden = false;
    const showMode = (mode: string) => {
      for (const panel of hooks.findAll(root, 'check-mode-panel')) panel.hidden = hooks.read(panel, 'check-mode-panel') !== mode;
      result.hidden = true;
    };
    for (const radio of modes.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      radio.addEventListener('change', () => {
        if (radio.checked) showMode(radio.value);
      });
    }
    showMode(modes.querySelector<HTMLInputElement>('input:checked')?.value ?? 'paste');
  }

  // A message pasted into search arrives in this page's history entry, never in the URL.
  const handed = takeHandedText();
  if (handed && input) {
    input.value = handed;
    runPaste();
  }
}

/** <check-tool>: the element CheckTool.astro draws. */
defineIsland('check-tool', mount);
