import { reading as t } from '../../i18n/reading.ts';
import { defineIsland } from '../island.ts';
import { readAloudHooks as hooks } from './hooks.ts';
import { chineseUtterance, chineseVoice, speechSynthesisOrUndefined } from './voice.ts';

/**
 * Reads an article aloud, block by block, with the device's Chinese voice. One utterance
 * per paragraph keeps pause/stop responsive and lets us mark and scroll to the paragraph
 * being read. Shown only where speech synthesis and a Chinese voice exist.
 */
const BLOCKS = 'h2, h3, p, li, figcaption, td, th';
const SKIP = '.read-aloud, .sources, .visually-hidden, [aria-hidden="true"], [hidden], [data-waybill-tool], .toc';

type Action = 'play' | 'pause' | 'resume' | 'stop';

function start(root: HTMLElement, synth: SpeechSynthesis): void {
  const target = document.querySelector<HTMLElement>(hooks.read(root, 'target') ?? '');
  if (!target) return;
  const status = hooks.find(root, 'read-status');
  const button = (action: Action) => hooks.find<HTMLButtonElement>(root, 'action', action);
  let blocks: HTMLElement[] = [];
  let index = 0;
  let playing = false;

  const showButtons = (state: 'idle' | 'playing' | 'paused') => {
    button('play').hidden = state !== 'idle';
    button('pause').hidden = state !== 'playing';
    button('resume').hidden = state !== 'paused';
    button('stop').hidden = state === 'idle';
  };
  const mark = (block: HTMLElement | undefined) => {
    target.querySelector('.is-being-read')?.classList.remove('is-being-read');
    if (!block) return;
    block.classList.add('is-being-read');
    block.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const finish = (message: string) => {
    playing = false;
    mark(undefined);
    showButtons('idle');
    status.textContent = message;
  };
  const speakNext = () => {
    const block = blocks[index];
    if (!playing) return;
    if (!block) return finish(t.finished);
    mark(block);
    const utterance = chineseUtterance(synth, block.innerText.trim());
    utterance.onend = () => {
      index += 1;
      speakNext();
    };
    utterance.onerror = () => finish(t.stopped);
    synth.speak(utterance);
  };

  root.addEventListener('click', (event) => {
    const pressed = (event.target as Element).closest(hooks.selector('action'));
    const action = pressed ? (hooks.read(pressed, 'action') as Action) : undefined;
    if (action === 'play') {
      // Leaf blocks of the article text: not this control, the source list, the
      // interactive tool, or text that is only there for screen readers.
      blocks = [...target.querySelectorAll<HTMLElement>(BLOCKS)].filter(
        (block) => block.innerText.trim() !== '' && !block.querySelector(BLOCKS) && !block.closest(SKIP),
      );
      index = 0;
      playing = true;
      synth.cancel();
      showButtons('playing');
      status.textContent = t.reading;
      speakNext();
    } else if (action === 'pause') {
      synth.pause();
      showButtons('paused');
      status.textContent = t.paused;
    } else if (action === 'resume') {
      synth.resume();
      showButtons('playing');
      status.textContent = t.reading;
    } else if (action === 'stop') {
      playing = false;
      synth.cancel();
      finish(t.stopped);
    }
  });
  window.addEventListener('pagehide', () => synth.cancel());
  root.hidden = false;
}

/** <read-aloud>: shown only where the device has a Chinese voice, which often arrives a moment after load. */
defineIsland('read-aloud', (root) => {
  const synth = speechSynthesisOrUndefined();
  if (!synth) return;
  const tryStart = () => {
    if (root.hidden && chineseVoice(synth)) start(root, synth);
  };
  tryStart();
  synth.addEventListener?.('voiceschanged', tryStart);
});
