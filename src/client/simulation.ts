/**
 * <call-simulation>: plays a scenario one section at a time. The page already works as
 * linked sections (src/components/simulation/SimulationPlayer.astro); this keeps the same
 * anchors in the address bar, so a step can be linked and the browser's back button works,
 * and adds what a one-step-at-a-time view needs: progress, "上一步", "从头再来", reading the
 * other side's lines aloud, announcing the feedback, and, at the end, which signs the
 * reader noticed and which they missed. Nothing leaves the device; finished scenarios are
 * remembered in localStorage for the list page (the kiosk's idle reset clears it).
 */
import { markFinished } from '../lib/simulation/finished.ts';
import { defineIsland } from './island.ts';
import { chineseUtterance, chineseVoice, speechSynthesisOrUndefined } from './reading/voice.ts';

interface Taken {
  verdict: string;
  sign: string;
}

function fillList(list: HTMLElement, items: string[]): void {
  list.replaceChildren(
    ...items.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
}

function mount(root: HTMLElement): void {
  const sections = [...root.querySelectorAll<HTMLElement>('.sim-section')];
  const byId = new Map(sections.map((section) => [section.id, section]));
  const start = root.dataset['start']!;
  const bar = root.querySelector<HTMLElement>('[data-sim-bar]')!;
  const progressText = root.querySelector<HTMLElement>('[data-sim-progress]')!;
  const progressBar = root.querySelector<HTMLProgressElement>('[data-sim-progress-bar]')!;
  const back = root.querySelector<HTMLButtonElement>('[data-sim-back]')!;
  const announce = root.querySelector<HTMLElement>('[data-sim-announce]')!;
  /** The sections shown so far in this play-through, newest last. */
  let path: string[] = [];

  const taken = (): Taken[] =>
    path
      .map((id) => byId.get(id)!)
      .filter((section) => section.hasAttribute('data-sim-feedback'))
      .map((section) => ({ verdict: section.dataset['verdict']!, sign: section.dataset['sign']! }));
  const stepsTaken = () => path.filter((id) => byId.get(id)!.hasAttribute('data-sim-step')).length;

  /** Shows section `id`. `fromHistory`: the browser's back or forward button, which may return to a section already on the path. */
  const show = (id: string, focus: boolean, fromHistory = false) => {
    const section = byId.get(id);
    if (!section) return;
    const seen = path.lastIndexOf(id);
    if (id === start) path = [id];
    else if (fromHistory && seen >= 0) path = path.slice(0, seen + 1);
    else path = [...path, id];
    for (const other of sections) other.classList.toggle('is-current', other === section);

    const step = Math.max(stepsTaken(), 1);
    const ending = section.dataset['simEnding'];
    const left = ending ? 0 : Number(section.dataset['distance'] ?? 1);
    progressText.textContent = (progressText.dataset['template'] ?? '{step}').replace('{step}', String(step));
    progressBar.value = Math.round((100 * step) / (step + left));
    back.disabled = path.length <= 1;

    if (section.hasAttribute('data-sim-feedback')) {
      announce.textContent = `${section.querySelector('h3')?.textContent ?? ''}。${section.dataset['sign'] ?? ''}`;
    } else {
      announce.textContent = '';
    }
    if (ending) {
      const choices = taken();
      for (const [selector, verdict] of [
        ['[data-sim-seen]', 'careful'],
        ['[data-sim-missed]', 'risky'],
      ] as const) {
        const block = section.querySelector<HTMLElement>(selector)!;
        const signs = [...new Set(choices.filter((c) => c.verdict === verdict).map((c) => c.sign))];
        fillList(block.querySelector('ul')!, signs);
        block.hidden = signs.length === 0;
      }
      try {
        markFinished(localStorage, root.dataset['simulation']!);
      } catch {
        // localStorage itself refused (storage off): nothing is remembered.
      }
    }
    if (focus) section.focus();
  };

  const go = (id: string) => {
    if (`#${id}` !== window.location.hash) history.pushState(null, '', `#${id}`);
    show(id, true);
    window.scrollTo(0, root.getBoundingClientRect().top + window.scrollY - 16);
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#step-"]');
    if (link && root.contains(link)) {
      event.preventDefault();
      go(link.hash.slice(1));
    }
  });
  back.addEventListener('click', () => {
    // Back to the step before the current one (skipping the explanation between them).
    const steps = path.filter((id) => byId.get(id)!.hasAttribute('data-sim-step'));
    const current = byId.get(path[path.length - 1]!)!;
    // Array.prototype.at is newer than the oldest WeChat webviews (Chrome 87).
    const target = current.hasAttribute('data-sim-step') ? steps[steps.length - 2] : steps[steps.length - 1];
    if (!target) return;
    path = path.slice(0, path.lastIndexOf(target));
    go(target);
  });
  root.querySelector('[data-sim-restart]')!.addEventListener('click', () => go(start));
  window.addEventListener('popstate', () => {
    const id = window.location.hash.slice(1);
    show(byId.has(id) ? id : start, true, true);
  });

  // Reading the other side's lines aloud, where the device has a Chinese voice.
  const synth = speechSynthesisOrUndefined();
  const offerReading = () => {
    if (!synth || !chineseVoice(synth)) return;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-sim-read]')) button.hidden = false;
  };
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-sim-read]');
    if (!button || !synth) return;
    const lines = button.closest('.sim-step')?.querySelectorAll<HTMLElement>('[data-sim-lines] .line') ?? [];
    synth.cancel();
    for (const line of lines) synth.speak(chineseUtterance(synth, line.textContent ?? ''));
  });
  offerReading();
  synth?.addEventListener?.('voiceschanged', offerReading);
  window.addEventListener('pagehide', () => synth?.cancel());

  root.classList.add('is-playing');
  bar.hidden = false;
  const first = window.location.hash.slice(1);
  show(byId.has(first) ? first : start, false);
}

defineIsland('call-simulation', mount);
