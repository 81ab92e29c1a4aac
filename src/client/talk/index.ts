/**
 * <talk-deck>: presents a talk one slide at a time. Keys: →, ↓, PageDown, space (next);
 * ←, ↑, PageUp (back); Home, End; S shows or hides the speaker notes; F goes full screen.
 * Presentation clickers send PageDown/PageUp (some send the arrows), so they work as they
 * are. A swipe left or right on a touch screen moves too. Each slide is #slide-N in the
 * address, so the browser's back button and a shared link land on the same slide.
 */
import { defineIsland } from '../island.ts';
import { talkHooks as hooks } from './hooks.ts';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** How far a finger must move sideways to count as a swipe, in CSS pixels. */
const SWIPE_PX = 50;

function mount(root: HTMLElement): void {
  const slides = hooks.findAll(root, 'slide');
  const number = hooks.find(root, 'deck-number');
  const notesButton = hooks.find<HTMLButtonElement>(root, 'deck-notes');
  let current = 0;

  const indexFromHash = () => {
    const match = /^#slide-(\d+)$/.exec(window.location.hash);
    const index = match ? Number(match[1]) - 1 : 0;
    return index >= 0 && index < slides.length ? index : 0;
  };

  const show = (index: number, push: boolean) => {
    current = Math.min(Math.max(index, 0), slides.length - 1);
    slides.forEach((slide, i) => slide.classList.toggle('is-current', i === current));
    number.textContent = `${current + 1} / ${slides.length}`;
    const hash = `#slide-${current + 1}`;
    if (push && window.location.hash !== hash) history.pushState(null, '', hash);
  };

  const toggleNotes = () => {
    const shown = root.classList.toggle('shows-notes');
    notesButton.setAttribute('aria-pressed', String(shown));
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void root.requestFullscreen?.().catch(() => undefined);
  };

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys typed into a field or pressed on a button keep their own meaning.
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select') || (target.closest('button, a') && (event.key === ' ' || event.key === 'Enter'))) return;
    if (NEXT_KEYS.has(event.key)) show(current + 1, true);
    else if (PREVIOUS_KEYS.has(event.key)) show(current - 1, true);
    else if (event.key === 'Home') show(0, true);
    else if (event.key === 'End') show(slides.length - 1, true);
    else if (event.key === 's' || event.key === 'S') toggleNotes();
    else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
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
    if (Math.abs(moved) >= SWIPE_PX) show(current + (moved < 0 ? 1 : -1), true);
  });

  hooks.find(root, 'deck-next').addEventListener('click', () => show(current + 1, true));
  hooks.find(root, 'deck-prev').addEventListener('click', () => show(current - 1, true));
  notesButton.addEventListener('click', toggleNotes);
  hooks.find(root, 'deck-fullscreen').addEventListener('click', toggleFullscreen);
  window.addEventListener('popstate', () => show(indexFromHash(), false));

  root.classList.add('is-presenting');
  hooks.find(root, 'deck-bar').hidden = false;
  hooks.find(root, 'deck-keys').hidden = false;
  show(indexFromHash(), false);
}

defineIsland('talk-deck', mount);
