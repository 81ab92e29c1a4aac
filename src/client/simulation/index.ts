/**
 * <call-simulation>: plays a scenario one section at a time. The page already works as
 * linked sections (src/components/simulation/SimulationPlayer.astro); this keeps the same
 * anchors in the address bar, so a step can be linked and the browser's back button works,
 * and adds what a one-step-at-a-time view needs: progress, "上一步", "从头再来", reading the
 * other side's lines aloud, announcing the feedback, and, at the end, which signs the
 * reader noticed and which they missed. Where the reader goes is decided by
 * simulationStep() (src/lib/simulation/flow.ts); this file draws it. Nothing leaves the
 * device; finished scenarios are remembered in localStorage for the list page (the kiosk's
 * idle reset clears it).
 */
import { simulationStart, simulationStep, viewOf, type SimulationAction, type SimulationState, type SimulationView } from '../../lib/simulation/flow.ts';
import { markFinished } from '../../lib/simulation/finished.ts';
import { defineIsland } from '../island.ts';
import { reportUnsavedWork } from '../unsaved-work.ts';
import { chineseUtterance, chineseVoice, speechSynthesisOrUndefined } from '../reading/voice.ts';
import { simulationData, simulationHooks as hooks, type SimulationData } from './hooks.ts';

function fillList(list: HTMLElement, items: string[]): void {
  list.replaceChildren(
    ...items.map((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      return item;
    }),
  );
}

/** Shows the current section with the bar above it; at an ending, the signs seen and missed. */
function draw(root: HTMLElement, data: SimulationData, view: SimulationView, focus: boolean): void {
  const section = root.querySelector<HTMLElement>(`#${view.current.id}`)!;
  for (const other of root.querySelectorAll('.sim-section')) other.classList.toggle('is-current', other === section);
  hooks.find(root, 'sim-progress').textContent = data.progress.replace('{step}', String(view.step));
  hooks.find<HTMLProgressElement>(root, 'sim-progress-bar').value = view.percent;
  hooks.find<HTMLButtonElement>(root, 'sim-back').disabled = !view.canGoBack;
  hooks.find(root, 'sim-announce').textContent =
    view.current.kind === 'feedback' ? `${section.querySelector('h3')?.textContent ?? ''}。${view.current.sign ?? ''}` : '';
  if (view.current.kind === 'ending') {
    for (const [hook, signs] of [
      ['sim-seen', view.seen],
      ['sim-missed', view.missed],
    ] as const) {
      const block = hooks.find(section, hook);
      fillList(block.querySelector('ul')!, signs);
      block.hidden = signs.length === 0;
    }
    if (view.played) {
      try {
        markFinished(localStorage, data.id);
      } catch {
        // localStorage itself refused (storage off): nothing is remembered.
      }
    }
  }
  if (focus) section.focus();
}

/** Reading the other side's lines aloud, where the device has a Chinese voice. */
function offerReading(root: HTMLElement): void {
  const synth = speechSynthesisOrUndefined();
  if (!synth) return;
  const offer = () => {
    if (chineseVoice(synth)) for (const button of hooks.findAll<HTMLButtonElement>(root, 'sim-read')) button.hidden = false;
  };
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest(hooks.selector('sim-read'));
    if (!button) return;
    const lines = button.closest('.sim-step')?.querySelectorAll<HTMLElement>(`${hooks.selector('sim-lines')} .line`) ?? [];
    synth.cancel();
    for (const line of lines) synth.speak(chineseUtterance(synth, line.textContent ?? ''));
  });
  offer();
  synth.addEventListener?.('voiceschanged', offer);
  window.addEventListener('pagehide', () => synth.cancel());
}

function mount(root: HTMLElement): void {
  const data = simulationData.read(root);
  let state: SimulationState = simulationStart(data.map, window.location.hash.slice(1));
  reportUnsavedWork(() => viewOf(state, data.map).step > 1);
  const dispatch = (action: SimulationAction) => {
    state = simulationStep(state, action, data.map);
    const view = viewOf(state, data.map);
    const followed = action.type !== 'history';
    if (followed && `#${view.current.id}` !== window.location.hash) history.pushState(null, '', `#${view.current.id}`);
    draw(root, data, view, true);
    if (followed) window.scrollTo(0, root.getBoundingClientRect().top + window.scrollY - 16);
  };

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#step-"]');
    if (!link || !root.contains(link)) return;
    event.preventDefault();
    dispatch({ type: 'go', id: link.hash.slice(1) });
  });
  hooks.find(root, 'sim-back').addEventListener('click', () => dispatch({ type: 'back' }));
  hooks.find(root, 'sim-restart').addEventListener('click', () => dispatch({ type: 'go', id: data.map.start }));
  window.addEventListener('popstate', () => dispatch({ type: 'history', id: window.location.hash.slice(1) }));
  offerReading(root);

  root.classList.add('is-playing');
  hooks.find(root, 'sim-bar').hidden = false;
  draw(root, data, viewOf(state, data.map), false);
}

defineIsland('call-simulation', mount);
