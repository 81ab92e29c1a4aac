/**
 * Kiosk idle reset. After the configured quiet time the screen asks "还在吗？" with a
 * countdown; if nobody answers, everything the last visitor left (quiz progress, reading
 * settings, anything typed) is wiped and the attract screen comes back.
 */
import { defineIsland } from '../island.ts';
import { kioskIdleData, kioskIdleHooks as hooks } from './hooks.ts';

const COUNTDOWN_SECONDS = 15;

/** <kiosk-idle>: the box KioskShell.astro draws on every kiosk page. */
defineIsland('kiosk-idle', (root) => {
  const { seconds, home, countdown: template } = kioskIdleData.read(root);
  const idleMs = seconds * 1000;
  const count = hooks.find(root, 'kiosk-count');
  const stay = hooks.find<HTMLButtonElement>(root, 'kiosk-stay');
  const onHome = window.location.pathname === home;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;

  const reset = () => {
    try {
      localStorage.clear();
      sessionStorage.clear();
    } catch {
      // Nothing stored.
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) field.value = '';
    window.location.replace(home);
  };

  const ask = () => {
    let left = COUNTDOWN_SECONDS;
    root.hidden = false;
    count.textContent = template.replace('{seconds}', String(left));
    stay.focus();
    tick = setInterval(() => {
      left -= 1;
      count.textContent = template.replace('{seconds}', String(left));
      if (left <= 0) {
        clearInterval(tick);
        reset();
      }
    }, 1000);
  };

  const activity = () => {
    if (!root.hidden) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(onHome ? () => localStorage.clear() : ask, idleMs);
  };

  stay.addEventListener('click', () => {
    clearInterval(tick);
    root.hidden = true;
    activity();
  });
  for (const type of ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart']) {
    window.addEventListener(type, activity, { passive: true, capture: true });
  }
  // A kiosk has no use for the context menu (copy, open in new tab, save).
  window.addEventListener('contextmenu', (event) => event.preventDefault());
  activity();
});
