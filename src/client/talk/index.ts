/**
 * <talk-deck>: presents a talk one slide at a time. Keys: →, ↓, PageDown, space (next);
 * ←, ↑, PageUp (back); Home, End; S shows or hides the speaker notes; F goes full screen;
 * P opens the presenter view in a second window. Presentation clickers send
 * PageDown/PageUp (some send the arrows), so they work as they are. A swipe left or right
 * on a touch screen moves too. Each slide is #slide-N in the address (#presenter-slide-N
 * in the presenter view), so the back button, a shared link and the offline copy land on
 * the same slide and view.
 */
import { fill } from '../../lib/template.ts';
import { defineIsland } from '../island.ts';
import { reportUnsavedWork } from '../unsaved-work.ts';
import { talkHooks as hooks } from './hooks.ts';
import { openDeckSync } from './sync.ts';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** How far a finger must move sideways to count as a swipe, in CSS pixels. */
const SWIPE_PX = 50;
/** The canvas every slide is drawn on (TalkDeck.astro), scaled to its frame. */
const CANVAS_WIDTH = 960;
/** How long the controls stay in full screen after the pointer last moved. */
const CONTROLS_MS = 2500;

const twoDigits = (n: number) => String(n).padStart(2, '0');

function mount(root: HTMLElement): void {
  if (hooks.read(root, 'deck-static') !== undefined) return;
  const slides = hooks.findAll(root, 'slide');
  const frames = hooks.findAll(root, 'slide-frame');
  const number = hooks.find(root, 'deck-number');
  const notesButton = hooks.find<HTMLButtonElement>(root, 'deck-notes');
  const presenter = /^#presenter/.test(window.location.hash);
  const prefix = presenter ? '#presenter-slide-' : '#slide-';
  let current = 0;
  reportUnsavedWork(() => current > 0);

  const indexFromHash = () => {
    const match = /^#(?:presenter-)?slide-(\d+)$/.exec(window.location.hash);
    const index = match ? Number(match[1]) - 1 : 0;
    return index >= 0 && index < slides.length ? index : 0;
  };

  // Each frame's canvas is scaled to the frame's width, whatever the window or screen.
  const fit = () => {
    for (const frame of frames) {
      if (frame.offsetWidth > 0) frame.style.setProperty('--scale', String(frame.offsetWidth / CANVAS_WIDTH));
    }
  };
  if ('ResizeObserver' in window) frames.forEach((frame) => new ResizeObserver(fit).observe(frame));
  window.addEventListener('resize', fit);

  const nextLabel = hooks.find(root, 'next-label');
  const nextText = nextLabel.textContent ?? '';
  const show = (index: number, push: boolean) => {
    current = Math.min(Math.max(index, 0), slides.length - 1);
    slides.forEach((slide, i) => {
      slide.classList.toggle('is-current', i === current);
      slide.classList.toggle('is-next', presenter && i === current + 1);
    });
    number.textContent = `${current + 1} / ${slides.length}`;
    nextLabel.textContent = current === slides.length - 1 ? (nextLabel.dataset['last'] ?? '') : nextText;
    const hash = `${prefix}${current + 1}`;
    if (push && window.location.hash !== hash) history.pushState(null, '', hash);
    fit();
  };

  // The audience window and the presenter window turn pages together, whichever is driven.
  const sync = openDeckSync(window.location.pathname, (index) => show(index, true));
  const go = (index: number) => {
    show(index, true);
    sync.send(current);
  };

  const toggleNotes = () => {
    const shown = root.classList.toggle('shows-notes');
    notesButton.setAttribute('aria-pressed', String(shown));
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void root.requestFullscreen?.().catch(() => undefined);
  };

  const openPresenter = () => {
    if (presenter) return;
    window.open(`${window.location.pathname}#presenter-slide-${current + 1}`, 'talk-presenter');
  };

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys typed into a field or pressed on a button keep their own meaning.
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select') || (target.closest('button, a') && (event.key === ' ' || event.key === 'Enter'))) return;
    if (NEXT_KEYS.has(event.key)) go(current + 1);
    else if (PREVIOUS_KEYS.has(event.key)) go(current - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(slides.length - 1);
    else if (event.key === 's' || event.key === 'S') toggleNotes();
    else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
    else if (event.key === 'p' || event.key === 'P') openPresenter();
    else return;
    event.preventDefault();
  });

  let touchX: number | undefined;
  root.addEventListener('touchstart', (event) => (touchX = event.touches[0]?.clientX), { passive: true });
  root.addEventListener('touchend', (event) => {
    const endX = event.changedTouches[0]?.clientX;
    if (touchX === undefined || endX === undefined) return;
    const moved = endX - touchX;
    touchX = undefined;
    if (Math.abs(moved) >= SWIPE_PX) go(current + (moved < 0 ? 1 : -1));
  });

  // In full screen the audience sees only the slide; moving the pointer brings the controls back for a moment.
  let hideControls: ReturnType<typeof setTimeout> | undefined;
  const showControls = () => {
    if (!document.fullscreenElement) return;
    root.classList.add('shows-controls');
    clearTimeout(hideControls);
    hideControls = setTimeout(() => root.classList.remove('shows-controls'), CONTROLS_MS);
  };
  // A tap on a touch screen sends no pointermove.
  root.addEventListener('pointermove', showControls);
  root.addEventListener('pointerdown', showControls);

  hooks.find(root, 'deck-next').addEventListener('click', () => go(current + 1));
  hooks.find(root, 'deck-prev').addEventListener('click', () => go(current - 1));
  notesButton.addEventListener('click', toggleNotes);
  hooks.find(root, 'deck-fullscreen').addEventListener('click', toggleFullscreen);
  const presenterButton = hooks.find<HTMLButtonElement>(root, 'deck-presenter');
  presenterButton.addEventListener('click', openPresenter);
  window.addEventListener('popstate', () => {
    show(indexFromHash(), false);
    sync.send(current);
  });

  root.classList.add('is-presenting');
  hooks.find(root, 'deck-bar').hidden = false;
  hooks.find(root, 'deck-keys').hidden = false;
  if (presenter) {
    root.classList.add('is-presenter');
    presenterButton.hidden = true;
    startClock(hooks.find(root, 'presenter-info'), root);
  }
  show(indexFromHash(), false);
}

/** The presenter's clock: the time now and the time since the view was opened, each second. */
function startClock(info: HTMLElement, root: HTMLElement): void {
  const clock = hooks.find(root, 'clock');
  const elapsed = hooks.find(root, 'elapsed');
  const [clockText, elapsedText] = [clock.dataset['text'] ?? '', elapsed.dataset['text'] ?? ''];
  const started = Date.now();
  const tick = () => {
    const now = new Date();
    const seconds = Math.floor((Date.now() - started) / 1000);
    clock.textContent = fill(clockText, { time: `${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}` });
    elapsed.textContent = fill(elapsedText, { time: `${twoDigits(Math.floor(seconds / 60))}:${twoDigits(seconds % 60)}` });
  };
  info.hidden = false;
  tick();
  setInterval(tick, 1000);
}

defineIsland('talk-deck', mount);
